"use client";

import { publishDraftLessonAction } from "@/lib/import/actions";
import { Button } from "../ui/button";
import { FormMessage } from "../ui/form-message";
import { useFormAction } from "../ui/use-form-action";

export function PublishLessonForm({ lessonId, undecided }: { lessonId: string; undecided: number }) {
  const { state, pending, formRef, onSubmit } = useFormAction(publishDraftLessonAction);
  return (
    <form ref={formRef} onSubmit={onSubmit} className="mt-4 flex flex-col items-start gap-2">
      <input type="hidden" name="id" value={lessonId} />
      {state && !state.ok && <FormMessage state={state} />}
      <p className="text-sm text-stone-700">
        {undecided === 0
          ? "Every question is decided."
          : `${undecided} question${undecided === 1 ? "" : "s"} still to accept or reject.`}
      </p>
      <Button type="submit" disabled={pending}>
        {pending ? "Publishing…" : "Publish lesson"}
      </Button>
    </form>
  );
}
