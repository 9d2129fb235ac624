"use client";

import { closeAssignmentAction } from "@/lib/assignments/actions";
import { Button } from "../ui/button";
import { FormMessage } from "../ui/form-message";
import { useFormAction } from "../ui/use-form-action";

export function CloseAssignmentForm({ assignmentId, closed }: { assignmentId: string; closed: boolean }) {
  const { state, pending, formRef, onSubmit } = useFormAction(closeAssignmentAction);
  return (
    <form ref={formRef} onSubmit={onSubmit} className="flex flex-col gap-2">
      <FormMessage state={state?.ok ? null : state} />
      <input type="hidden" name="assignmentId" value={assignmentId} />
      {closed && <input type="hidden" name="reopen" value="on" />}
      <p>
        {closed
          ? "This assignment is closed: students cannot answer or start attempts."
          : "This assignment is open."}
      </p>
      <Button
        type="submit"
        variant={closed ? "secondary" : "danger"}
        disabled={pending}
        className="self-start"
      >
        {closed ? "Reopen the assignment" : "Close the assignment now"}
      </Button>
    </form>
  );
}
