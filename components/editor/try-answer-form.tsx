"use client";

import { useId } from "react";
import { tryAnswerAction } from "@/lib/content/try-answer-actions";
import type { QuestionType } from "@/lib/content/schema";
import { Button } from "../ui/button";
import { useFormAction } from "../ui/use-form-action";
import { TryAnswerVerdict } from "./try-answer-verdict";

type Props = {
  lessonId: string;
  questionId: string;
  type: QuestionType;
  /** The saved question's choices, in their stored order (their positions are what the form sends). */
  choices: string[];
};

const inputClass =
  "min-h-11 w-full rounded-md border border-stone-400 bg-white px-3 py-2 aria-invalid:border-red-700";

/**
 * Grades an answer a student might give, on the server, against the question as last saved; the result is
 * announced politely and stays until the next try, so the teacher can compare answers one after another.
 */
export function TryAnswerForm({ lessonId, questionId, type, choices }: Props) {
  const { state, pending, formRef, onSubmit } = useFormAction(tryAnswerAction);
  const id = useId();
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const field = type === "short_answer" ? "answer" : "choices";
  const fieldError = errors?.[field]?.join(". ");
  const errorId = `${id}-error`;
  const described = fieldError ? { "aria-invalid": true as const, "aria-describedby": errorId } : {};
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <input type="hidden" name="lessonId" value={lessonId} />
      <input type="hidden" name="questionId" value={questionId} />
      {type === "short_answer" ? (
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-answer`} className="font-medium">
            Answer a student might give
          </label>
          <input
            id={`${id}-answer`}
            name="answer"
            maxLength={200}
            autoComplete="off"
            className={inputClass}
            {...described}
          />
        </div>
      ) : (
        <fieldset className="flex flex-col gap-1" aria-describedby={fieldError ? errorId : undefined}>
          <legend className="font-medium">
            {type === "multiple_select" ? "Choices a student might pick" : "Choice a student might pick"}
          </legend>
          {choices.map((text, i) => (
            <label key={i} className="flex min-h-11 items-center gap-2">
              <input
                type={type === "multiple_select" ? "checkbox" : "radio"}
                name="choice"
                value={i}
                className="size-5"
                // On the choices rather than the group, where aria-invalid is allowed and focus can land.
                aria-invalid={fieldError ? true : undefined}
              />
              {text}
            </label>
          ))}
        </fieldset>
      )}
      {fieldError && (
        <p id={errorId} className="text-sm text-red-800">
          {fieldError}
        </p>
      )}
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Trying…" : "Try this answer"}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {state?.ok && <TryAnswerVerdict result={state.data} />}
      </div>
      {state && !state.ok && !fieldError && (
        <p role="alert" className="rounded-md border border-red-700 bg-red-50 p-3 text-red-900">
          {state.message}
        </p>
      )}
    </form>
  );
}
