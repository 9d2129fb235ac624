"use client";

import { useEffect, useRef, useState } from "react";
import { regradeAssignmentAction } from "@/lib/assignments/actions";
import { Button } from "../ui/button";
import { FormMessage } from "../ui/form-message";
import { useFormAction } from "../ui/use-form-action";

/**
 * Regrading is never automatic: the teacher sees how many questions changed, then confirms knowing how many
 * submitted attempts it will grade again.
 */
export function RegradeAssignmentForm({
  assignmentId,
  outdated,
  attempts,
}: {
  assignmentId: string;
  outdated: number;
  /** Submitted attempts with an answer to an edited question. */
  attempts: number;
}) {
  const { state, pending, formRef, onSubmit } = useFormAction(regradeAssignmentAction);
  const [confirming, setConfirming] = useState(false);
  const confirmText = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (confirming) confirmText.current?.focus();
  }, [confirming]);
  const done = state?.ok
    ? {
        ok: true,
        message: `Regraded: ${state.data.questionsUpdated} question(s) updated, ${state.data.responsesRegraded} submitted answer(s) graded again, ${state.data.gradeChanges} score change(s) recorded.`,
      }
    : state;
  return (
    <form ref={formRef} onSubmit={onSubmit} className="flex flex-col gap-2">
      <FormMessage state={done} />
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <p>
        {outdated === 0
          ? "This assignment uses the lesson's current questions."
          : `${outdated} question(s) of this assignment were edited in the lesson since it was assigned. Submitted work keeps its scores until you regrade.`}
      </p>
      {outdated > 0 && !confirming && (
        <Button className="self-start" onClick={() => setConfirming(true)}>
          Regrade with the current questions
        </Button>
      )}
      {outdated > 0 && confirming && (
        <div className="flex flex-col gap-2 rounded-md border-2 border-amber-600 bg-amber-50 p-3">
          <p ref={confirmText} tabIndex={-1} className="font-medium">
            {attempts === 0
              ? `No submitted attempt answers ${outdated === 1 ? "this question" : "these questions"}: regrading changes no score.`
              : `Regrading grades ${attempts} submitted attempt${attempts === 1 ? "" : "s"} again with the edited question${outdated === 1 ? "" : "s"}. Scores may change; each change is recorded.`}
          </p>
          <div className="flex flex-wrap gap-3">
            <Button type="submit" disabled={pending}>
              {pending ? "Regrading…" : `Regrade ${attempts} attempt${attempts === 1 ? "" : "s"}`}
            </Button>
            <Button variant="secondary" disabled={pending} onClick={() => setConfirming(false)}>
              Cancel
            </Button>
          </div>
        </div>
      )}
    </form>
  );
}
