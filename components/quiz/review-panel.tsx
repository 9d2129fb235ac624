"use client";

import { useEffect, useRef } from "react";
import { Button } from "../ui/button";
import { QuestionLinks } from "./question-links";

type Props = {
  total: number;
  unanswered: number[];
  flagged: number[];
  /** Questions whose latest answer the server refused. */
  notSaved: number[];
  submitting: boolean;
  error: string | null;
  onBack: () => void;
  onSubmit: () => void;
};

/** The review-and-confirm step before a final submit (WCAG 3.3.4). */
export function ReviewPanel(props: Props) {
  const { total, unanswered, flagged, notSaved, submitting, error, onBack, onSubmit } = props;
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
      {unanswered.length > 0 && (
        <p className="mt-2">
          Unanswered: <QuestionLinks numbers={unanswered} />
        </p>
      )}
      {flagged.length > 0 && (
        <p className="mt-2">
          Flagged for review: <QuestionLinks numbers={flagged} />
        </p>
      )}
      {notSaved.length > 0 && (
        <p className="mt-2 font-semibold text-red-800">
          Not saved: <QuestionLinks numbers={notSaved} /> (the reason is under each question). If you submit
          now, each keeps the answer saved before its last change, if there was one.
        </p>
      )}
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
