"use client";

import { addCoTeacherAction, removeCoTeacherAction } from "@/lib/classes/actions";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { FormMessage } from "../ui/form-message";
import { useFormAction } from "../ui/use-form-action";

type Teacher = { id: string; displayName: string; email: string | null };

function RemoveCoTeacher({ classId, teacher }: { classId: string; teacher: Teacher }) {
  const { state, pending, formRef, onSubmit } = useFormAction(removeCoTeacherAction);
  return (
    <form ref={formRef} onSubmit={onSubmit} className="flex flex-col gap-1">
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="teacherId" value={teacher.id} />
      <FormMessage state={state?.ok ? null : state} />
      <Button
        type="submit"
        variant="secondary"
        disabled={pending}
        aria-label={`Remove ${teacher.displayName}`}
      >
        Remove
      </Button>
    </form>
  );
}

/** The class's co-teachers; the owner adds one by a verified teacher's email and removes them. */
export function CoTeachersPanel({
  classId,
  owner,
  coTeachers,
  isOwner,
}: {
  classId: string;
  owner: { displayName: string; email: string | null };
  coTeachers: Teacher[];
  isOwner: boolean;
}) {
  const { state, pending, formRef, onSubmit } = useFormAction(addCoTeacherAction, { resetOnSuccess: true });
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <div className="flex flex-col gap-3">
      <ul className="flex flex-col gap-2">
        <li>
          {owner.displayName} <span className="text-stone-700">({owner.email}), owner</span>
        </li>
        {coTeachers.map((t) => (
          <li key={t.id} className="flex flex-wrap items-center gap-3">
            <span>
              {t.displayName} <span className="text-stone-700">({t.email}), co-teacher</span>
            </span>
            {isOwner && <RemoveCoTeacher classId={classId} teacher={t} />}
          </li>
        ))}
      </ul>
      {isOwner && (
        <form ref={formRef} onSubmit={onSubmit} className="flex max-w-md flex-col gap-3" noValidate>
          <input type="hidden" name="classId" value={classId} />
          <FormMessage
            state={
              state?.ok ? { ok: true, message: `${state.data.displayName} now teaches this class.` } : state
            }
          />
          <Field
            label="Co-teacher's email"
            name="email"
            type="email"
            hint="An approved teacher: they can assign, grade, see results, add students and reset passwords."
            errors={errors?.email}
            required
          />
          <Button type="submit" disabled={pending} className="self-start">
            {pending ? "Adding…" : "Add co-teacher"}
          </Button>
        </form>
      )}
    </div>
  );
}
