"use client";

import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";
import { setReadingDefaultAction } from "@/lib/reading/preferences-actions";
import type { ClassReadingDefaults } from "@/lib/reading/preferences-rules";

type Props = { classId: string; studentId: string; name: string; defaults: ClassReadingDefaults | null };

/**
 * A student's reading defaults in this class, on the roster: what every assignment of the class opens with (read
 * aloud on, the reading font), beside its accommodations. The student may still change either for themself.
 */
export function ReadingDefaultsForm({ classId, studentId, name, defaults }: Props) {
  const { state, pending, formRef, onSubmit } = useFormAction(setReadingDefaultAction);
  const saved = state?.ok ? state.data : defaults;
  return (
    <form ref={formRef} onSubmit={onSubmit} className="flex flex-col gap-1">
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="studentId" value={studentId} />
      <fieldset className="flex flex-col">
        <legend className="sr-only">Reading defaults of {name}</legend>
        <label className="flex min-h-11 items-center gap-2">
          <input
            type="checkbox"
            name="readAloud"
            className="size-5"
            defaultChecked={saved?.readAloud ?? false}
          />
          Read aloud on
        </label>
        <label className="flex min-h-11 items-center gap-2">
          <input
            type="checkbox"
            name="dyslexicFont"
            className="size-5"
            defaultChecked={saved?.dyslexicFont ?? false}
          />
          Reading font on
        </label>
      </fieldset>
      <FormMessage state={state?.ok ? { ok: true, message: `Saved for ${name}.` } : state} />
      <Button
        type="submit"
        variant="secondary"
        disabled={pending}
        aria-label={`Save reading defaults of ${name}`}
      >
        {pending ? "Saving…" : "Save"}
      </Button>
    </form>
  );
}
