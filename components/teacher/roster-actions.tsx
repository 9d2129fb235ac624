"use client";

import { moveStudentAction, removeStudentAction } from "@/lib/classes/actions";
import { Button } from "../ui/button";
import { FormMessage } from "../ui/form-message";
import { SelectField } from "../ui/select-field";
import { useFormAction } from "../ui/use-form-action";

type Student = { classId: string; studentId: string; name: string };

/** Removing asks first (behind a disclosure): the student leaves the class, their results stay. */
export function RemoveStudentForm({ classId, studentId, name }: Student) {
  const { state, pending, formRef, onSubmit } = useFormAction(removeStudentAction);
  return (
    <details className="rounded-md border border-stone-300 bg-white px-3 py-2">
      <summary className="cursor-pointer font-medium">Remove…</summary>
      <form ref={formRef} onSubmit={onSubmit} className="mt-2 flex flex-col gap-2">
        <input type="hidden" name="classId" value={classId} />
        <input type="hidden" name="studentId" value={studentId} />
        <FormMessage state={state} />
        <p className="max-w-xs text-sm">
          {name} leaves the class and its assignments. Their attempts and scores stay in its results.
        </p>
        <Button type="submit" variant="danger" disabled={pending} className="self-start">
          {pending ? "Removing…" : `Remove ${name}`}
        </Button>
      </form>
    </details>
  );
}

export function MoveStudentForm({
  classId,
  studentId,
  name,
  classes,
}: Student & { classes: { id: string; name: string }[] }) {
  const { state, pending, formRef, onSubmit } = useFormAction(moveStudentAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  if (classes.length === 0) return null;
  return (
    <details className="rounded-md border border-stone-300 bg-white px-3 py-2">
      <summary className="cursor-pointer font-medium">Move…</summary>
      <form ref={formRef} onSubmit={onSubmit} className="mt-2 flex flex-col gap-2">
        <input type="hidden" name="classId" value={classId} />
        <input type="hidden" name="studentId" value={studentId} />
        <FormMessage state={state} />
        <SelectField
          id={`move-${studentId}`}
          label={`Move ${name} to`}
          name="toClassId"
          defaultValue=""
          placeholder="Choose a class"
          options={classes.map((c) => ({ value: c.id, label: c.name }))}
          aria-invalid={errors?.toClassId ? true : undefined}
          aria-describedby={errors?.toClassId ? `move-${studentId}-error` : undefined}
        />
        {errors?.toClassId && (
          <p id={`move-${studentId}-error`} className="text-sm text-red-800">
            {errors.toClassId.join(". ")}
          </p>
        )}
        <p className="max-w-xs text-sm">Their past attempts stay with this class&rsquo;s assignments.</p>
        <Button type="submit" disabled={pending} className="self-start">
          {pending ? "Moving…" : "Move"}
        </Button>
      </form>
    </details>
  );
}
