"use client";

import { useSyncExternalStore } from "react";
import { createPortal } from "react-dom";
import "./printable-cards.css";

export type PrintableCard = {
  name: string;
  username: string;
  /** What the student types as their password: a one-time password or a reset code. */
  secretLabel: string;
  secret: string;
  /** A line such as when a reset code expires. */
  note?: string;
};

const PER_SHEET = 8;

function CardBody({ card, className, url }: { card: PrintableCard; className: string; url: string }) {
  return (
    <>
      <p className="font-semibold">{className}</p>
      <p className="text-lg font-semibold" data-testid="card-name">
        {card.name}
      </p>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3">
        <dt>Username</dt>
        <dd className="font-mono font-semibold">{card.username}</dd>
        <dt>{card.secretLabel}</dt>
        <dd className="font-mono font-semibold">{card.secret}</dd>
        <dt>Sign in at</dt>
        <dd className="font-mono break-all">{url}</dd>
      </dl>
      <p className="mt-1 text-sm">
        {card.note ?? "You will choose your own password when you first sign in."}
      </p>
    </>
  );
}

const subscribe = () => () => {};

/**
 * Cards to hand out (class, name, username, one-time password or code, where to sign in): a preview on screen, and
 * printed alone, 8 to a page (printable-cards.css). The sheets are placed at the end of the body so the print
 * stylesheet can hide everything else.
 */
export function PrintableCards({
  cards,
  className,
  preview = true,
}: {
  cards: PrintableCard[];
  className: string;
  preview?: boolean;
}) {
  // The address the teacher is using is the one their students can reach; known only in the browser.
  const origin = useSyncExternalStore(
    subscribe,
    () => window.location.origin,
    () => "",
  );
  const url = `${origin}/sign-in`;
  const sheets = Array.from({ length: Math.ceil(cards.length / PER_SHEET) }, (_, i) =>
    cards.slice(i * PER_SHEET, (i + 1) * PER_SHEET),
  );
  return (
    <>
      {preview && (
        <ul className="grid gap-3 sm:grid-cols-2" aria-label="Cards to print">
          {cards.map((card) => (
            <li key={card.username} className="rounded-md border border-dashed border-stone-500 bg-white p-4">
              <CardBody card={card} className={className} url={url} />
            </li>
          ))}
        </ul>
      )}
      {origin !== "" &&
        createPortal(
          <div className="print-sheets" aria-hidden="true">
            {sheets.map((sheet, i) => (
              <div key={i} className="print-sheet">
                {sheet.map((card) => (
                  <div key={card.username} className="print-card" data-testid="print-card">
                    <CardBody card={card} className={className} url={url} />
                  </div>
                ))}
              </div>
            ))}
          </div>,
          document.body,
        )}
    </>
  );
}
