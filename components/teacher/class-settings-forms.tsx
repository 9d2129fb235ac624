"use client";

import {
  archiveClassAction,
  deleteClassAction,
  joinCodeAction,
  renameClassAction,
} from "@/lib/classes/actions";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { FormMessage } from "../ui/form-message";
import { useFormAction } from "../ui/use-form-action";

type Cls = { id: string; name: string; joinCode: string | null; archived: boolean };

const BOX = "flex flex-col gap-3 rounded-lg border border-stone-300 bg-white p-5";

export function RenameClassForm({ cls }: { cls: Cls }) {
  const { state, pending, formRef, onSubmit } = useFormAction(renameClassAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form ref={formRef} onSubmit={onSubmit} className={BOX} noValidate>
      <h2 className="text-xl font-semibold">Name</h2>
      <input type="hidden" name="classId" value={cls.id} />
      <FormMessage state={state?.ok ? { ok: true, message: `Renamed to ${state.data.name}.` } : state} />
      <Field
        label="Class name"
        name="name"
        defaultValue={cls.name}
        errors={errors?.name}
        maxLength={80}
        required
      />
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? "Saving…" : "Rename"}
      </Button>
    </form>
  );
}

/** One form per button: a form's own FormData leaves out which button submitted it. */
function JoinCodeButton({ classId, off, label }: { classId: string; off: boolean; label: string }) {
  const { state, pending, formRef, onSubmit } = useFormAction(joinCodeAction);
  return (
    <form ref={formRef} onSubmit={onSubmit} className="flex flex-col gap-2">
      <input type="hidden" name="classId" value={classId} />
      {off && <input type="hidden" name="off" value="on" />}
      <FormMessage
        state={
          state?.ok
            ? {
                ok: true,
                message: state.data.joinCode
                  ? `The new join code is ${state.data.joinCode}. The old one no longer works.`
                  : "Joining by code is off. Students you add still sign in.",
              }
            : state
        }
      />
      <Button type="submit" variant="secondary" disabled={pending} className="self-start">
        {label}
      </Button>
    </form>
  );
}

export function JoinCodeForms({ cls }: { cls: Cls }) {
  return (
    <section className={BOX} aria-labelledby="join-code-heading">
      <h2 id="join-code-heading" className="text-xl font-semibold">
        Join code
      </h2>
      <p>
        {cls.joinCode ? (
          <>
            Students join with <strong className="font-mono tracking-widest">{cls.joinCode}</strong>.
          </>
        ) : (
          "Joining by code is off: students join only when you add them."
        )}
      </p>
      <div className="flex flex-wrap gap-3">
        <JoinCodeButton
          classId={cls.id}
          off={false}
          label={cls.joinCode ? "Make a new code" : "Turn joining on with a new code"}
        />
        {cls.joinCode && <JoinCodeButton classId={cls.id} off label="Turn joining by code off" />}
      </div>
    </section>
  );
}

export function ArchiveClassForm({ cls }: { cls: Cls }) {
  const { state, pending, formRef, onSubmit } = useFormAction(archiveClassAction);
  return (
    <form ref={formRef} onSubmit={onSubmit} className={BOX}>
      <h2 className="text-xl font-semibold">Archive</h2>
      <input type="hidden" name="classId" value={cls.id} />
      {!cls.archived && <input type="hidden" name="archived" value="on" />}
      <FormMessage state={state?.ok ? null : state} />
      <p>
        {cls.archived
          ? "This class is archived: it is off your dashboard and its students' lists; its results are kept."
          : "Archiving takes the class off your dashboard and its students' lists, and keeps every result."}
      </p>
      <Button type="submit" variant="secondary" disabled={pending} className="self-start">
        {cls.archived ? "Restore the class" : "Archive the class"}
      </Button>
    </form>
  );
}

export function DeleteClassForm({ cls, empty }: { cls: Cls; empty: boolean }) {
  const { state, pending, formRef, onSubmit } = useFormAction(deleteClassAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form ref={formRef} onSubmit={onSubmit} className={BOX} noValidate>
      <h2 className="text-xl font-semibold">Delete</h2>
      <input type="hidden" name="classId" value={cls.id} />
      <FormMessage state={state} />
      {empty ? (
        <>
          <p>This class has no students and no assignments. Deleting it cannot be undone.</p>
          <Field
            label={`Type ${cls.name} to confirm`}
            name="confirmName"
            errors={errors?.confirmName}
            autoComplete="off"
            required
          />
          <Button type="submit" variant="danger" disabled={pending} className="self-start">
            {pending ? "Deleting…" : "Delete the class"}
          </Button>
        </>
      ) : (
        <p>
          Only an empty class can be deleted. This one has had students or assignments: archive it instead, so
          their results stay.
        </p>
      )}
    </form>
  );
}
