"use client";

import { setAccommodationAction } from "@/lib/assignments/actions";
import { Button } from "../ui/button";
import { useFormAction } from "../ui/use-form-action";

type Props = {
  assignmentId: string;
  student: { id: string; displayName: string; timeFactor: number; extraAttempts: number };
};

/** One student's extended time and extra attempts, saved on its own. */
export function AccommodationRow({ assignmentId, student }: Props) {
  const { state, pending, formRef, onSubmit } = useFormAction(setAccommodationAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const formId = `acc-${student.id}`;
  return (
    <tr className="border-t border-stone-200">
      <th scope="row" className="px-3 py-2 text-left font-medium">
        {student.displayName}
      </th>
      <td className="px-3 py-2">
        <input
          form={formId}
          name="timeFactor"
          type="number"
          step="0.25"
          min={1}
          max={4}
          defaultValue={student.timeFactor}
          aria-label={`Time factor for ${student.displayName}`}
          aria-invalid={errors?.timeFactor ? true : undefined}
          className="min-h-11 w-24 rounded-md border border-stone-400 px-2"
        />
      </td>
      <td className="px-3 py-2">
        <input
          form={formId}
          name="extraAttempts"
          type="number"
          min={0}
          max={10}
          defaultValue={student.extraAttempts}
          aria-label={`Extra attempts for ${student.displayName}`}
          aria-invalid={errors?.extraAttempts ? true : undefined}
          className="min-h-11 w-24 rounded-md border border-stone-400 px-2"
        />
      </td>
      <td className="px-3 py-2">
        <form id={formId} ref={formRef} onSubmit={onSubmit} noValidate>
          <input type="hidden" name="assignmentId" value={assignmentId} />
          <input type="hidden" name="studentId" value={student.id} />
          <Button
            type="submit"
            variant="secondary"
            disabled={pending}
            aria-label={`Save for ${student.displayName}`}
          >
            Save
          </Button>
        </form>
        <span role="status" className="text-sm">
          {state?.ok ? "Saved" : state ? state.message : ""}
        </span>
      </td>
    </tr>
  );
}
