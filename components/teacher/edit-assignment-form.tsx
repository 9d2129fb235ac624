"use client";

import { updateAssignmentAction } from "@/lib/assignments/actions";
import { Button } from "../ui/button";
import { FormMessage } from "../ui/form-message";
import { useFormAction } from "../ui/use-form-action";
import { AssignmentSettingsFields, type SettingsDefaults } from "./assignment-settings-fields";

export function EditAssignmentForm({
  assignmentId,
  defaults,
}: {
  assignmentId: string;
  defaults: SettingsDefaults;
}) {
  const { state, pending, formRef, onSubmit } = useFormAction(updateAssignmentAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form ref={formRef} onSubmit={onSubmit} className="flex flex-col gap-3" noValidate>
      <FormMessage
        state={state?.ok ? { ok: true, message: "Saved. Students see the change at once." } : state}
      />
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <AssignmentSettingsFields defaults={defaults} errors={errors} />
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? "Saving…" : "Save settings"}
      </Button>
    </form>
  );
}
