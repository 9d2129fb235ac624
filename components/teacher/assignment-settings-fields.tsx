"use client";

import { useId, useState } from "react";
import { INSTRUCTIONS_MAX } from "@/lib/assignments/instructions";
import type { FieldErrors } from "@/lib/errors";
import { DateTimeField } from "../ui/date-time-field";
import { Field } from "../ui/field";

export type SettingsDefaults = {
  openAt?: string;
  dueAt?: string;
  attemptsAllowed: number | null;
  timeLimitMinutes: number | null;
  releasePolicy: string;
  scoringRule: string;
  latePolicy: string;
  shuffleQuestions: boolean;
  shuffleChoices: boolean;
  instructions?: string | null;
};

export const NEW_ASSIGNMENT_DEFAULTS: SettingsDefaults = {
  attemptsAllowed: 1,
  timeLimitMinutes: null,
  releasePolicy: "after_submit",
  scoringRule: "best",
  latePolicy: "accept_late",
  shuffleQuestions: false,
  shuffleChoices: true,
};

const selectClass = "min-h-11 rounded-md border border-stone-400 bg-white px-3";

function Select({
  label,
  name,
  defaultValue,
  options,
}: {
  label: string;
  name: string;
  defaultValue: string;
  options: [string, string][];
}) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <select id={id} name={name} defaultValue={defaultValue} className={selectClass}>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

function Check({
  label,
  name,
  defaultChecked,
  onChange,
}: {
  label: string;
  name: string;
  defaultChecked: boolean;
  onChange?: (checked: boolean) => void;
}) {
  return (
    <label className="inline-flex min-h-11 items-center gap-2">
      <input
        type="checkbox"
        name={name}
        defaultChecked={defaultChecked}
        className="size-5"
        onChange={(e) => onChange?.(e.currentTarget.checked)}
      />
      {label}
    </label>
  );
}

/** The settings shared by assigning a lesson and editing the assignment later. */
export function AssignmentSettingsFields({
  defaults,
  errors,
}: {
  defaults: SettingsDefaults;
  errors?: FieldErrors;
}) {
  const [unlimited, setUnlimited] = useState(defaults.attemptsAllowed === null);
  const instructionsId = useId();
  return (
    <>
      <div className="flex flex-col gap-1">
        <label htmlFor={instructionsId} className="font-medium">
          Instructions for students (optional)
        </label>
        <p id={`${instructionsId}-hint`} className="text-sm text-stone-600">
          Shown above the passage, for example “Highlight the author’s main claim”. Highlights are never
          graded.
        </p>
        <textarea
          id={instructionsId}
          name="instructions"
          rows={2}
          maxLength={INSTRUCTIONS_MAX}
          defaultValue={defaults.instructions ?? ""}
          aria-describedby={`${instructionsId}-hint${errors?.instructions?.length ? ` ${instructionsId}-error` : ""}`}
          aria-invalid={errors?.instructions?.length ? true : undefined}
          className="rounded-md border border-stone-400 bg-white px-3 py-2 aria-invalid:border-red-700"
        />
        {errors?.instructions?.length ? (
          <p id={`${instructionsId}-error`} className="text-sm text-red-800">
            {errors.instructions.join(". ")}
          </p>
        ) : null}
      </div>
      <DateTimeField
        label="Opens"
        name="openAt"
        defaultValue={defaults.openAt}
        hint="Leave empty to open it now"
        errors={errors?.openAt}
      />
      <DateTimeField label="Due" name="dueAt" defaultValue={defaults.dueAt} errors={errors?.dueAt} required />
      <fieldset className="flex flex-col gap-1">
        <legend className="font-medium">Attempts</legend>
        <Check
          label="Unlimited attempts"
          name="unlimitedAttempts"
          defaultChecked={unlimited}
          onChange={setUnlimited}
        />
        {!unlimited && (
          <Field
            label="Attempts allowed"
            name="attemptsAllowed"
            type="number"
            min={1}
            max={20}
            defaultValue={defaults.attemptsAllowed ?? 1}
            errors={errors?.attemptsAllowed}
          />
        )}
      </fieldset>
      <Field
        label="Time limit in minutes"
        name="timeLimitMinutes"
        type="number"
        min={1}
        max={600}
        hint="Leave empty for no time limit"
        defaultValue={defaults.timeLimitMinutes ?? ""}
        errors={errors?.timeLimitMinutes}
      />
      <Select
        label="Late work"
        name="latePolicy"
        defaultValue={defaults.latePolicy}
        options={[
          ["accept_late", "Accept work and mark it late"],
          ["close", "Close: no more answers"],
        ]}
      />
      <Select
        label="Which attempt counts"
        name="scoringRule"
        defaultValue={defaults.scoringRule}
        options={[
          ["best", "The best attempt"],
          ["latest", "The latest attempt"],
        ]}
      />
      <Select
        label="Show correct answers"
        name="releasePolicy"
        defaultValue={defaults.releasePolicy}
        options={[
          // Never while a student could still use them on another attempt (lib/attempts/attempt-rules.ts).
          ["after_submit", "After a student's last attempt"],
          ["after_due", "After the due time and a student's last attempt"],
          ["never", "Never"],
        ]}
      />
      <fieldset className="flex flex-col">
        <legend className="font-medium">Order</legend>
        <Check
          label="Shuffle the questions for each student"
          name="shuffleQuestions"
          defaultChecked={defaults.shuffleQuestions}
        />
        <Check
          label="Shuffle the choices of each question"
          name="shuffleChoices"
          defaultChecked={defaults.shuffleChoices}
        />
      </fieldset>
    </>
  );
}
