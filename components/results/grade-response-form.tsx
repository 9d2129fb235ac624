"use client";

import { useEffect, useState } from "react";
import { gradeResponseAction } from "@/lib/results/actions";
import { Button } from "../ui/button";
import { useFormAction } from "../ui/use-form-action";
import { formatPercent } from "./format";

type Props = {
  assignmentId: string;
  response: { id: string; points: number | null; feedback: string | null };
  maxPoints: number;
  studentName: string;
  /** Called once this grade is saved, with the response's id (the list moves focus on). */
  onSaved?: (responseId: string) => void;
};

/** The points field's id, by response, so the list can move focus to the next answer to grade. */
export const pointsInputId = (responseId: string) => `grade-${responseId}-points`;

/** Points and a comment for one answer; the attempt's new score is announced once saved. */
export function GradeResponseForm({ assignmentId, response, maxPoints, studentName, onSaved }: Props) {
  const { state, pending, formRef, onSubmit } = useFormAction(gradeResponseAction);
  const id = `grade-${response.id}`;
  // An error is about what was sent: once the teacher changes the field or saves again, it no longer applies.
  const [staleFor, setStaleFor] = useState<typeof state>(null);
  const shownState = state === staleFor ? null : state;
  const errors = shownState && !shownState.ok ? shownState.fieldErrors : undefined;
  useEffect(() => {
    if (state?.ok) onSaved?.(response.id);
    // Only a new result calls back, not a new callback.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);
  const pointsError = errors?.points?.join(" ");
  const commentError = errors?.comment?.join(" ");
  return (
    <form
      ref={formRef}
      onSubmit={(e) => {
        setStaleFor(state);
        onSubmit(e);
      }}
      onChange={() => setStaleFor(state)}
      noValidate
      className="mt-3 flex flex-col gap-3"
    >
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <input type="hidden" name="responseId" value={response.id} />
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-points`} className="font-medium">
          Points for {studentName} (out of {maxPoints})
        </label>
        <input
          id={`${id}-points`}
          name="points"
          type="number"
          inputMode="decimal"
          min={0}
          max={maxPoints}
          step="0.5"
          required
          defaultValue={response.points ?? ""}
          aria-invalid={pointsError ? true : undefined}
          aria-describedby={pointsError ? `${id}-points-error` : undefined}
          className="min-h-11 w-32 rounded-md border border-stone-400 bg-white px-3 py-2 aria-invalid:border-red-700"
        />
        {pointsError && (
          <p id={`${id}-points-error`} className="text-sm text-red-800">
            {pointsError}
          </p>
        )}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-comment`} className="font-medium">
          Comment for {studentName} (shown once answers are released)
        </label>
        <textarea
          id={`${id}-comment`}
          name="comment"
          rows={3}
          defaultValue={response.feedback ?? ""}
          aria-invalid={commentError ? true : undefined}
          aria-describedby={commentError ? `${id}-comment-error` : undefined}
          className="rounded-md border border-stone-400 bg-white px-3 py-2 aria-invalid:border-red-700"
        />
        {commentError && (
          <p id={`${id}-comment-error`} className="text-sm text-red-800">
            {commentError}
          </p>
        )}
      </div>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save grade"}
        </Button>
        <p role="status" className="text-sm">
          {shownState?.ok
            ? `Saved. Attempt score now ${formatPercent(shownState.data.percent)}${shownState.data.provisional ? " (still provisional)" : ""}.`
            : ""}
        </p>
        {shownState && !shownState.ok && !errors && (
          <p role="alert" className="text-sm text-red-800">
            {shownState.message}
          </p>
        )}
      </div>
    </form>
  );
}
