"use client";

import { useEffect, useRef } from "react";
import { Button } from "../ui/button";

type Props = {
  total: number;
  unanswered: number[];
  flagged: number[];
  submitting: boolean;
  error: string | null;
  onBack: () => void;
  onSubmit: () => void;
};

const list = (numbers: number[]) =>
  numbers.map((n, i) => (
    <span key={n}>
      {i > 0 && ", "}
      <a href={`#question-${n}`}>{n}</a>
    </span>
  ));

/** The review-and-confirm step before a final submit (WCAG 3.3.4). */
export function ReviewPanel({ total, unanswered, flagged, submitting, error, onBack, onSubmit }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="review-heading" className="rounded-lg border-2 border-blue-800 bg-white p-5">
      <h2 id="review-heading" ref={heading} tabIndex={-1} className="text-xl font-semibold">
        Review before you submit
      </h2>
      <p className="mt-2">
        You answered {total - unanswered.length} of {total} questions. After you submit you cannot change your
        answers.
      </p>
      {unanswered.length > 0 && <p className="mt-2">Unanswered: {list(unanswered)}</p>}
      {flagged.length > 0 && <p className="mt-2">Flagged for review: {list(flagged)}</p>}
      {error && (
        <p role="alert" className="mt-2 font-semibold text-red-800">
          {error}
        </p>
      )}
      <div className="mt-4 flex flex-wrap gap-3">
        <Button onClick={onSubmit} disabled={submitting}>
          {submitting ? "Submitting…" : "Submit my answers"}
        </Button>
        <Button variant="secondary" onClick={onBack} disabled={submitting}>
          Back to the questions
        </Button>
      </div>
    </section>
  );
}
