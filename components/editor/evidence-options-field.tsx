"use client";

import { FieldError } from "./field-error";
import type { Sentence } from "./citation-picker";

type Span = { start: number; end: number };
type Props = {
  sentences: Sentence[];
  citation: Span | null;
  value: Span[];
  onChange: (value: Span[]) => void;
  errors?: string[];
};

/** Part B of an evidence question: the passage sentences offered to the student; those inside the citation are right. */
export function EvidenceOptionsField({ sentences, citation, value, onChange, errors }: Props) {
  const offered = new Set(value.map((o) => o.start));
  const supports = (s: Sentence) => citation !== null && s.start >= citation.start && s.end <= citation.end;
  const toggle = (s: Sentence, on: boolean) =>
    onChange(
      on
        ? [...value, { start: s.start, end: s.end }].sort((a, b) => a.start - b.start)
        : value.filter((o) => o.start !== s.start),
    );
  return (
    <fieldset
      className="flex flex-col gap-2 rounded-md border border-stone-300 p-4"
      aria-describedby={errors?.length ? "evidenceOptions-error" : undefined}
    >
      <legend className="px-1 font-semibold">Part B: sentences to offer (at least three)</legend>
      <FieldError field="evidenceOptions" errors={errors} />
      <p className="text-sm text-stone-700">
        Sentences inside the citation are the right picks; offer at least one that is not.
      </p>
      <div className="flex max-h-80 flex-col gap-1 overflow-y-auto">
        {sentences.map((s, i) => (
          <label key={s.start} className="flex min-h-11 items-start gap-2 py-1">
            <input
              type="checkbox"
              className="mt-1 size-5 shrink-0"
              checked={offered.has(s.start)}
              onChange={(e) => toggle(s, e.currentTarget.checked)}
            />
            <span>
              {i + 1}. {s.text}
              {supports(s) && <strong className="ml-1 text-green-900">(supports the answer)</strong>}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
