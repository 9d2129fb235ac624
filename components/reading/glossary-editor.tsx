"use client";

import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";
import {
  deleteGlossaryEntryAction,
  saveAssignmentGlossaryEntryAction,
  saveLessonGlossaryEntryAction,
} from "@/lib/reading/glossary-actions";
import type { GlossaryRow } from "@/lib/reading/glossary-queries";

type Owner = { lessonId: string } | { assignmentId: string };

/**
 * A teacher's glossary: words whose definition students see instead of the dictionary's when they look them up
 * (per lesson on the teacher's own lessons, per assignment on shared ones). Saving a listed word replaces it.
 */
export function GlossaryEditor({
  owner,
  entries,
  back,
}: {
  owner: Owner;
  entries: GlossaryRow[];
  back: string;
}) {
  const { state, pending, formRef, onSubmit } = useFormAction(
    "lessonId" in owner ? saveLessonGlossaryEntryAction : saveAssignmentGlossaryEntryAction,
    { resetOnSuccess: true },
  );
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const [ownerField, ownerId] =
    "lessonId" in owner ? ["lessonId", owner.lessonId] : ["assignmentId", owner.assignmentId];
  return (
    <div className="flex flex-col gap-4">
      {entries.length === 0 ? (
        <p className="text-stone-700">No words yet: students see the dictionary’s definitions.</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {entries.map((e) => (
            <GlossaryItem key={e.id} entry={e} back={back} />
          ))}
        </ul>
      )}
      <form ref={formRef} onSubmit={onSubmit} className="flex flex-col gap-3" noValidate>
        <input type="hidden" name={ownerField} value={ownerId} />
        <FormMessage state={state && (state.ok ? { ok: true, message: "Word saved." } : state)} />
        <Field label="Word" name="word" required maxLength={60} errors={errors?.word} />
        <Field label="Definition" name="definition" required maxLength={500} errors={errors?.definition} />
        <Field label="Example (optional)" name="example" maxLength={300} errors={errors?.example} />
        <Button type="submit" disabled={pending} className="self-start">
          Save word
        </Button>
      </form>
    </div>
  );
}

function GlossaryItem({ entry, back }: { entry: GlossaryRow; back: string }) {
  const { state, pending, onSubmit } = useFormAction(deleteGlossaryEntryAction);
  return (
    <li className="flex flex-wrap items-start justify-between gap-2 rounded-md border border-stone-300 p-3">
      <div>
        <p>
          <strong>{entry.word}</strong>: {entry.definition}
        </p>
        {entry.example && <p className="text-sm text-stone-700">Example: “{entry.example}”</p>}
        {state && !state.ok && (
          <p role="alert" className="text-red-800">
            {state.message}
          </p>
        )}
      </div>
      <form onSubmit={onSubmit}>
        <input type="hidden" name="entryId" value={entry.id} />
        <input type="hidden" name="back" value={back} />
        <Button type="submit" variant="secondary" disabled={pending}>
          Remove <span className="sr-only">{entry.word}</span>
        </Button>
      </form>
    </li>
  );
}
