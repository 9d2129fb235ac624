"use client";

import { startAttemptAction } from "@/lib/attempts/actions";
import { Button } from "../ui/button";
import { useFormAction } from "../ui/use-form-action";
import { FormMessage } from "../ui/form-message";

export function StartAttemptForm({ assignmentId, label }: { assignmentId: string; label: string }) {
  const { state, pending, formRef, onSubmit } = useFormAction(startAttemptAction);
  return (
    <form ref={formRef} onSubmit={onSubmit} className="flex flex-col gap-3">
      <FormMessage state={state} />
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? "Starting…" : label}
      </Button>
    </form>
  );
}
