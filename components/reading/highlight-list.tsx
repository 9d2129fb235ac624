"use client";

import type { ShownHighlight } from "@/lib/reading/highlight-types";
import type { SaveState } from "@/components/quiz/use-outbox-drain";
import { COLOR_CLASS, COLOR_NAME } from "./highlight-colors";

type Props = {
  highlights: ShownHighlight[];
  quoteOf: (h: ShownHighlight) => string;
  state: SaveState;
  refused: string | null;
  onJump: (h: ShownHighlight) => void;
  onEdit: (h: ShownHighlight) => void;
  onDelete: (h: ShownHighlight) => void;
};

const STATE_TEXT: Partial<Record<SaveState, string>> = {
  saving: "Saving highlights…",
  saved: "Highlights saved.",
  offline: "Offline: highlights are kept on this device and sent when you are back online.",
  signed_out: "Sign in again to save your highlights; they are kept on this device.",
  retrying: "Some highlights are not saved yet; trying again.",
};

/** The student's highlights in passage order, each with its colour's name, its note, and a way to it. */
export function HighlightList({ highlights, quoteOf, state, refused, onJump, onEdit, onDelete }: Props) {
  return (
    <section aria-labelledby="highlights-heading" className="mt-6 max-w-prose">
      <h3 id="highlights-heading" className="text-lg font-semibold">
        Your highlights
      </h3>
      <p className="text-sm text-stone-700">
        Your teacher can read your highlights and notes. They are not graded.
      </p>
      <p role="status" className="text-sm text-stone-700">
        {refused ? `A highlight was not saved: ${refused}` : (STATE_TEXT[state] ?? "")}
      </p>
      {highlights.length === 0 ? (
        <p className="mt-2 text-stone-700">None yet.</p>
      ) : (
        <ol className="mt-2 flex flex-col gap-2">
          {highlights.map((h, i) => (
            <li key={h.id} className="rounded-md border border-stone-300 bg-white p-2">
              <HighlightText highlight={h} quote={quoteOf(h)} />
              <div className="mt-1 flex flex-wrap gap-2">
                <button type="button" onClick={() => onJump(h)} className="min-h-11 px-2 underline">
                  Go to it<span className="sr-only"> highlight {i + 1}</span>
                </button>
                <button type="button" onClick={() => onEdit(h)} className="min-h-11 px-2 underline">
                  Edit<span className="sr-only"> highlight {i + 1}</span>
                </button>
                <button
                  type="button"
                  onClick={() => onDelete(h)}
                  className="min-h-11 px-2 text-red-800 underline"
                >
                  Delete<span className="sr-only"> highlight {i + 1}</span>
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** One highlight's colour, by name, its quote and its note. */
function HighlightText({ highlight: h, quote }: { highlight: ShownHighlight; quote: string }) {
  return (
    <>
      <p>
        <span className={`mr-2 rounded-sm px-1 text-sm ${COLOR_CLASS[h.color]}`}>{COLOR_NAME[h.color]}</span>“
        {quote}”
      </p>
      {h.note && <p className="mt-1 text-stone-800">Note: {h.note}</p>}
    </>
  );
}

/** The student's highlights to read only (a released review): their colours, quotes and notes, nothing to change. */
export function ReadOnlyHighlights({ highlights }: { highlights: ShownHighlight[] }) {
  if (highlights.length === 0) return null;
  return (
    <section aria-labelledby="own-highlights-heading" className="mt-6 max-w-prose">
      <h3 id="own-highlights-heading" className="text-lg font-semibold">
        Your highlights
      </h3>
      <ol className="mt-2 flex flex-col gap-2">
        {highlights.map((h) => (
          <li key={h.id} className="rounded-md border border-stone-300 bg-white p-2">
            <HighlightText highlight={h} quote={h.quote} />
          </li>
        ))}
      </ol>
    </section>
  );
}
