"use client";

import { useId, useState } from "react";
import { createAssignmentAction } from "@/lib/assignments/actions";
import { Button } from "../ui/button";
import { useFormAction } from "../ui/use-form-action";
import { Field } from "../ui/field";
import { FormMessage } from "../ui/form-message";

type Props = { classId: string; lessons: { id: string; title: string; questionCount: number }[] };

export function AssignLessonForm({ classId, lessons }: Props) {
  const { state, pending, formRef, onSubmit } = useFormAction(createAssignmentAction);
  // datetime-local has no time zone: convert the teacher's local time to an instant before it is sent.
  const [dueAt, setDueAt] = useState("");
  const lessonId = useId();
  const releaseId = useId();
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      className="flex flex-col gap-3 rounded-lg border border-stone-300 bg-white p-5"
      noValidate
    >
      <h2 className="text-xl font-semibold">Assign a lesson</h2>
      <FormMessage
        state={state?.ok ? { ok: true, message: "Lesson assigned. Students can start it now." } : state}
      />
      <input type="hidden" name="classIds" value={classId} />
      <input type="hidden" name="dueAt" value={dueAt} />
      <div className="flex flex-col gap-1">
        <label htmlFor={lessonId} className="font-medium">
          Lesson
        </label>
        <select
          id={lessonId}
          name="lessonId"
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
      <Field
        label="Due"
        name="dueLocal"
        type="datetime-local"
        required
        errors={errors?.dueAt}
        onChange={(e) => {
          const local = e.currentTarget.value;
          setDueAt(local ? new Date(local).toISOString() : "");
        }}
      />
      <Field
        label="Attempts allowed"
        name="attemptsAllowed"
        type="number"
        min={1}
        max={20}
        defaultValue={1}
        errors={errors?.attemptsAllowed}
      />
      <div className="flex flex-col gap-1">
        <label htmlFor={releaseId} className="font-medium">
          Show correct answers
        </label>
        <select
          id={releaseId}
          name="releasePolicy"
          className="min-h-11 rounded-md border border-stone-400 bg-white px-3"
        >
          <option value="AFTER_SUBMIT">Right after a student submits</option>
          <option value="AFTER_DUE">After the due time</option>
          <option value="NEVER">Never</option>
        </select>
      </div>
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? "Assigning…" : "Assign lesson"}
      </Button>
    </form>
  );
}
