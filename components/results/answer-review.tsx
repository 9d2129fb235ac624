"use client";

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import type { AnswerGroup } from "@/lib/results/answer-groups";
import { decideAnswerAction } from "@/lib/results/actions";
import type { AnswerDecisionResult } from "@/lib/results/answer-decision-context";
import { Button } from "../ui/button";
import { ColumnHeaders } from "../ui/column-headers";
import { NearBadge } from "./near-badge";

type Props = {
  assignmentId: string;
  questionId: string;
  questionNumber: number;
  /** The lesson is the teacher's own (a decision makes a new question version), not a shared one. */
  ownLesson: boolean;
  groups: AnswerGroup[];
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function doneMessage(r: AnswerDecisionResult): string {
  const verb = r.decision === "accept" ? "Accepted" : "Rejected";
  const where =
    r.recordedOn === "question"
      ? "The question now has a new version with this answer, and this assignment uses it."
      : "Recorded on this assignment only, as the lesson is shared.";
  const regraded =
    r.responsesRegraded === 0
      ? "No submitted answer changed."
      : `${plural(r.responsesRegraded, "answer")} regraded, ${plural(r.gradeChanges, "score")} changed.`;
  return `${verb} “${r.answer}” for everyone. ${regraded} ${where}`;
}

/**
 * The distinct wrong and near answers to one short-answer question, each with one action for everyone. The
 * status stays above the table while the rows change under it (a decided answer moves or leaves), and takes the
 * focus once a decision is done, so a keyboard user is not left on a button that is gone.
 */
export function AnswerReview({ assignmentId, questionId, questionNumber, ownLesson, groups }: Props) {
  const [state, dispatch, pending] = useActionState(decideAnswerAction, null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state) statusRef.current?.focus();
  }, [state]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  }

  return (
    <div className="mt-4">
      <p className="text-stone-700">
        {ownLesson
          ? "Accepting or rejecting an answer here changes the question's accepted answers (as a new version of it) and regrades this assignment; your other assignments keep their version."
          : "This lesson is shared and read-only, so a decision here applies to this assignment only and regrades it."}
      </p>
      <p ref={statusRef} role="status" tabIndex={-1} className="mt-2 font-medium">
        {state?.ok ? doneMessage(state.data) : ""}
      </p>
      {state && !state.ok && (
        <p role="alert" className="mt-2 text-red-800">
          {state.message}
        </p>
      )}
      {groups.length === 0 ? (
        <p className="mt-2">No wrong or near answers to this question.</p>
      ) : (
        <table className="mt-2 w-full text-left">
          <caption className="mb-2 text-left font-semibold">
            Wrong and near answers to question {questionNumber}, most common first
          </caption>
          <ColumnHeaders labels={["Answer", "Graded", "Students", "For everyone"]} />
          <tbody>
            {groups.map((g) => (
              <tr key={`${g.kind}:${g.normalized}`} className="border-b border-stone-200">
                <th scope="row" className="py-2 pr-3 font-normal break-words">
                  {g.text}
                </th>
                <td className="py-2 pr-3">{g.kind === "near" ? <NearBadge /> : "Wrong"}</td>
                <td className="py-2 pr-3">{g.students}</td>
                <td className="py-2">
                  <form onSubmit={onSubmit}>
                    <input type="hidden" name="assignmentId" value={assignmentId} />
                    <input type="hidden" name="questionId" value={questionId} />
                    <input type="hidden" name="answer" value={g.text} />
                    <input type="hidden" name="decision" value={g.kind === "wrong" ? "accept" : "reject"} />
                    <Button type="submit" variant="secondary" disabled={pending}>
                      {g.kind === "wrong" ? "Accept for everyone" : "Reject for everyone"}
                      <span className="sr-only">: “{g.text}”</span>
                    </Button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
