"use client";

import { useActionState } from "react";
import { startAttemptAction } from "@/lib/attempts/actions";
import { Button } from "../ui/button";
import { FormMessage } from "../ui/form-message";

export function StartAttemptForm({ assignmentId, label }: { assignmentId: string; label: string }) {
  const [state, action, pending] = useActionState(startAttemptAction, null);
  return (
    <form action={action} className="flex flex-col gap-3">
      <FormMessage state={state} />
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? "Starting…" : label}
      </Button>
    </form>
  );
}
