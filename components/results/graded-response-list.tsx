"use client";

import { useCallback, useState } from "react";
import type { ResponseToGrade } from "@/lib/results/grading-queries";
import { GradeResponseForm, pointsInputId } from "./grade-response-form";
import { NearBadge } from "./near-badge";
import { keepFirstOrder, nextUngraded } from "./grading-order";

type Props = {
  assignmentId: string;
  responses: ResponseToGrade[];
  maxPoints: number;
};

/**
 * Each student's submitted answer to one question, with its grade (near marked) and a form to grade or override it.
 * The server lists answers to grade first; once shown, a card stays where it is when graded (the page refreshes with
 * the new order, which would move it below the others and lose the teacher's place), and focus moves on to the next
 * answer still to grade, so the next grade goes to the student the teacher expects.
 */
export function GradedResponseList({ assignmentId, responses, maxPoints }: Props) {
  const [firstOrder] = useState(() => responses.map((r) => r.id));
  const [gradedHere, setGradedHere] = useState<ReadonlySet<string>>(() => new Set());
  const shown = keepFirstOrder(responses, firstOrder);

  const onSaved = useCallback(
    (responseId: string) => {
      const graded = new Set(gradedHere).add(responseId);
      setGradedHere(graded);
      const next = nextUngraded(shown, responseId, graded);
      if (next) document.getElementById(pointsInputId(next.id))?.focus();
    },
    [gradedHere, shown],
  );

  return (
    <ul className="mt-4 flex flex-col gap-4">
      {shown.map((r) => (
        <li key={r.id} className="rounded-lg border border-stone-300 bg-white p-4">
          <article aria-labelledby={`response-${r.id}`}>
            <h3 id={`response-${r.id}`} className="font-semibold">
              {r.displayName}
              <span className="ml-2 text-sm font-normal text-stone-700">
                {r.username} · attempt {r.attemptNumber}
                {r.points === null ? " · not graded yet" : ` · ${r.points} points`}
              </span>{" "}
              {r.near && r.correct && <NearBadge />}
            </h3>
            <p className="mt-2 whitespace-pre-line">{r.text || "(no answer)"}</p>
            <GradeResponseForm
              assignmentId={assignmentId}
              response={r}
              maxPoints={maxPoints}
              studentName={r.displayName}
              onSaved={onSaved}
            />
          </article>
        </li>
      ))}
    </ul>
  );
}
