"use client";

import { regradeAssignmentAction } from "@/lib/assignments/actions";
import { Button } from "../ui/button";
import { FormMessage } from "../ui/form-message";
import { useFormAction } from "../ui/use-form-action";

/** Regrading is never automatic: the teacher sees how many questions changed and decides. */
export function RegradeAssignmentForm({
  assignmentId,
  outdated,
}: {
  assignmentId: string;
  outdated: number;
}) {
  const { state, pending, formRef, onSubmit } = useFormAction(regradeAssignmentAction);
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
      {outdated > 0 && (
        <Button type="submit" disabled={pending} className="self-start">
          {pending ? "Regrading…" : "Regrade with the current questions"}
        </Button>
      )}
    </form>
  );
}
