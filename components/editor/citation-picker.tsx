"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "../ui/button";
import { SelectField } from "../ui/select-field";
import { FieldError, invalidProps } from "./field-error";
import { selectionOffsets } from "./passage-selection";

export type Sentence = { text: string; start: number; end: number };
type Span = { start: number; end: number };

type Props = {
  passage: string;
  sentences: Sentence[];
  value: Span | null;
  onChange: (span: Span) => void;
  errors?: string[];
};

const short = (s: string) => (s.length > 90 ? `${s.slice(0, 87)}…` : s);

/**
 * Two ways to cite: select words in the passage and press "Use selected text", or (by keyboard) choose the
 * first and last cited sentence. The passage is rendered as its exact text, so DOM offsets are passage offsets.
 */
export function CitationPicker({ passage, sentences, value, onChange, errors }: Props) {
  const passageRef = useRef<HTMLDivElement>(null);
  // Remembered on every selection change: pressing the button may move focus and clear the live selection.
  const lastSelection = useRef<Span | null>(null);
  const [hint, setHint] = useState("");

  useEffect(() => {
    const remember = () => {
      const span = passageRef.current && selectionOffsets(passageRef.current);
      if (span) lastSelection.current = span;
    };
    document.addEventListener("selectionchange", remember);
    return () => document.removeEventListener("selectionchange", remember);
  }, []);

  function citeSelection() {
    const span = (passageRef.current && selectionOffsets(passageRef.current)) ?? lastSelection.current;
    if (!span) return setHint("Select some words of the passage first.");
    setHint("");
    onChange(span);
  }

  const first = value ? sentences.findIndex((s) => s.end > value.start) : -1;
  const last = value ? sentences.findLastIndex((s) => s.start < value.end) : -1;
  const options = (from = 0) =>
    sentences.map((s, i) => ({ value: String(i), label: `${i + 1}. ${short(s.text)}`, disabled: i < from }));
  const pick = (from: number, to: number) =>
    onChange({ start: sentences[from]!.start, end: sentences[Math.max(from, to)]!.end });

  return (
    <fieldset className="flex flex-col gap-3 rounded-md border border-stone-300 p-4">
      <legend className="px-1 font-semibold">Citation: the sentence(s) that support the answer</legend>
      <FieldError field="citation" errors={errors} />
      <p className="text-sm text-stone-700">
        Select words in the passage with the mouse and press “Use selected text”, or choose the first and last
        sentence below.
      </p>
      <div
        ref={passageRef}
        role="region"
        aria-label="Passage to cite from"
        tabIndex={0}
        className="max-h-80 overflow-y-auto rounded border border-stone-300 bg-white p-3 font-serif whitespace-pre-wrap"
      >
        {value ? passage.slice(0, value.start) : passage}
        {value && <mark className="bg-amber-100">{passage.slice(value.start, value.end)}</mark>}
        {value && passage.slice(value.end)}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="secondary" onClick={citeSelection}>
          Use selected text
        </Button>
        <span role="status" className="text-sm text-red-800">
          {hint}
        </span>
      </div>
      <div className="grid gap-3 md:grid-cols-2">
        <SelectField
          id="citation-first"
          label="First cited sentence"
          placeholder="Choose a sentence"
          required
          options={options()}
          value={first < 0 ? "" : String(first)}
          onChange={(e) => pick(Number(e.currentTarget.value), last)}
          {...invalidProps("citation", errors)}
        />
        <SelectField
          id="citation-last"
          label="Last cited sentence"
          placeholder="Choose a sentence"
          required
          disabled={first < 0}
          options={options(first)}
          value={last < 0 ? "" : String(last)}
          onChange={(e) => pick(first, Number(e.currentTarget.value))}
        />
      </div>
      <p aria-live="polite" className="text-sm">
        {value ? <>Cited: “{passage.slice(value.start, value.end).trim()}”</> : "Nothing cited yet."}
      </p>
    </fieldset>
  );
}
