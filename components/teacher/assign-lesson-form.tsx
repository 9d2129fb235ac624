"use client";

import { useId } from "react";
import { createAssignmentAction } from "@/lib/assignments/actions";
import { Button } from "../ui/button";
import { FormMessage } from "../ui/form-message";
import { useFormAction } from "../ui/use-form-action";
import { AssignmentSettingsFields, NEW_ASSIGNMENT_DEFAULTS } from "./assignment-settings-fields";

type Props = {
  /** The class the form was opened from. */
  cls: { id: string; name: string };
  lessons: { id: string; title: string; questionCount: number }[];
  /** The teacher's other classes, to assign the same lesson to several at once. */
  otherClasses: { id: string; name: string }[];
  /** The lesson chosen when the form opens (from a lesson page's "Assign to" link). */
  chosenLessonId?: string;
};

export function AssignLessonForm({ cls, lessons, otherClasses, chosenLessonId }: Props) {
  const { state, pending, formRef, onSubmit } = useFormAction(createAssignmentAction);
  const lessonId = useId();
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      className="flex flex-col gap-3 rounded-lg border border-stone-300 bg-white p-5"
      noValidate
    >
      <h2 className="text-xl font-semibold">To {cls.name}</h2>
      {/* A success goes back to the class, which says so. */}
      <FormMessage state={state} />
      <input type="hidden" name="classIds" value={cls.id} />
      <div className="flex flex-col gap-1">
        <label htmlFor={lessonId} className="font-medium">
          Lesson
        </label>
        <select
          id={lessonId}
          name="lessonId"
          defaultValue={chosenLessonId}
          required
          className="min-h-11 rounded-md border border-stone-400 bg-white px-3"
        >
          {lessons.map((l) => (
            <option key={l.id} value={l.id}>
              {l.title} ({l.questionCount} questions)
            </option>
          ))}
        </select>
      </div>
      {otherClasses.length > 0 && (
        <fieldset className="flex flex-col">
          <legend className="font-medium">Also assign to</legend>
          {otherClasses.map((c) => (
            <label key={c.id} className="inline-flex min-h-11 items-center gap-2">
              <input type="checkbox" name="classIds" value={c.id} className="size-5" />
              {c.name}
            </label>
          ))}
        </fieldset>
      )}
      <AssignmentSettingsFields defaults={NEW_ASSIGNMENT_DEFAULTS} errors={errors} />
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? "Assigning…" : "Assign lesson"}
      </Button>
    </form>
  );
}
