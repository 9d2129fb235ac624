"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import { fileAsBase64 } from "@/components/lesson/question-file-report";
import { PrintableCards } from "@/components/teacher/printable-cards";
import { Button } from "@/components/ui/button";
import type { RosterImportResult } from "@/lib/rosters/import";
import { RefusedRows, RosterCounts } from "./roster-import-summary";

type Answer = { ok: true; result: RosterImportResult } | { ok: false; message: string };

async function postRoster(files: File[], apply: boolean): Promise<Answer> {
  try {
    const body = {
      files: await Promise.all(files.map(async (f) => ({ name: f.name, data: await fileAsBase64(f) }))),
      apply,
    };
    const response = await fetch("/api/admin/oneroster", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    const answer = await response.json().catch(() => null);
    if (!response.ok) return { ok: false, message: answer?.error?.message ?? "The import failed." };
    return { ok: true, result: answer as RosterImportResult };
  } catch {
    return { ok: false, message: "The files could not be sent. Check your connection and try again." };
  }
}

/** The new accounts' login cards, one set per class, since each teacher hands out their own class's cards. */
function LoginCards({ cards }: { cards: Extract<RosterImportResult, { ok: true }>["cards"] }) {
  const byClass = new Map<string, typeof cards>();
  for (const card of cards) byClass.set(card.className, [...(byClass.get(card.className) ?? []), card]);
  return (
    <section aria-labelledby="roster-cards" className="mt-4 flex flex-col gap-3">
      <h3 id="roster-cards" className="text-lg font-semibold">
        Login cards
      </h3>
      <p>
        The one-time passwords are shown only now: print the login cards before you leave this page. Each
        person chooses their own password when they first sign in.
      </p>
      <Button variant="secondary" className="self-start" onClick={() => window.print()}>
        Print login cards
      </Button>
      {[...byClass].map(([className, group]) => (
        <PrintableCards
          key={className}
          className={className}
          cards={group.map((c) => ({
            name: c.name,
            username: c.username,
            secretLabel: "Password",
            secret: c.password,
          }))}
        />
      ))}
    </section>
  );
}

/**
 * "Import roster": the export's zip or CSV files are checked first (a dry run: what would be created, updated and
 * ended, and every refused row), then applied on request; focus moves to each answer's heading.
 */
export function RosterImportForm() {
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (answer) heading.current?.focus();
  }, [answer]);

  async function send(apply: boolean) {
    setBusy(true);
    setAnswer(await postRoster(files, apply));
    setBusy(false);
  }

  function check(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (files.length === 0)
      setAnswer({ ok: false, message: "Choose the roster's zip file or its CSV files." });
    else void send(false);
  }

  const result = answer?.ok ? answer.result : null;
  const title = !answer?.ok
    ? "The roster could not be checked"
    : !answer.result.ok
      ? "The roster was refused: nothing was written"
      : answer.result.applied
        ? "Roster imported"
        : "What the import would do";
  return (
    <div className="flex flex-col gap-4">
      <form onSubmit={check} className="flex flex-col gap-3" noValidate>
        <label htmlFor="roster-files" className="font-medium">
          Roster export (OneRoster 1.1 or 1.2)
        </label>
        <p id="roster-files-hint" className="text-sm text-stone-700">
          The zip file your school&rsquo;s information system exports, or its users.csv, classes.csv,
          enrollments.csv (and roles.csv for OneRoster 1.2). Up to 10 MB. Nothing is written until you apply
          it.
        </p>
        <input
          id="roster-files"
          type="file"
          multiple
          accept=".zip,.csv,application/zip,text/csv"
          aria-describedby="roster-files-hint"
          className="max-w-full"
          onChange={(e) => {
            setFiles([...(e.currentTarget.files ?? [])]);
            setAnswer(null);
          }}
        />
        <Button type="submit" variant="secondary" className="self-start" disabled={busy}>
          {busy && !result ? "Checking…" : "Check the roster"}
        </Button>
      </form>
      {answer && (
        <section aria-labelledby="roster-answer" className="flex flex-col gap-2">
          <h2 id="roster-answer" ref={heading} tabIndex={-1} className="text-xl font-semibold">
            {title}
          </h2>
          {!answer.ok && <p role="alert">{answer.message}</p>}
          {result && !result.ok && (
            <ul className="list-disc pl-6 text-red-800">
              {result.errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          )}
          {result?.ok && (
            <>
              <RosterCounts summary={result.summary} applied={result.applied} />
              <RefusedRows refused={result.refused} />
              {!result.applied && (
                <Button className="self-start" disabled={busy} onClick={() => void send(true)}>
                  {busy ? "Applying…" : "Apply"}
                </Button>
              )}
              {result.applied && result.cards.length > 0 && <LoginCards cards={result.cards} />}
            </>
          )}
        </section>
      )}
    </div>
  );
}
