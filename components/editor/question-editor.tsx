"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import { SKILL_OPTIONS, TYPE_OPTIONS } from "@/components/lesson/type-options";
import { saveQuestionAction } from "@/lib/content/question-actions";
import type { EditorQuestion } from "@/lib/content/question-editor-schema";
import type { QuestionType } from "@/lib/content/schema";
import type { FieldErrors } from "@/lib/errors";
import { Button } from "../ui/button";
import { FormMessage } from "../ui/form-message";
import { SelectField } from "../ui/select-field";
import { blankQuestion } from "./blank-question";
import { ChoicesFields } from "./choices-fields";
import { CitationPicker, type Sentence } from "./citation-picker";
import { EvidenceOptionsField } from "./evidence-options-field";
import { FieldError, invalidProps } from "./field-error";
import { TextAreaField } from "./text-area-field";
import { useUnsavedGuard } from "./use-unsaved-guard";

type Props = {
  lessonId: string;
  questionId: string | null;
  passage: string;
  sentences: Sentence[];
  initial: EditorQuestion;
  /** Where Save and Cancel lead: the lesson's editor, or the import review the teacher came from. */
  returnTo?: string;
};

const inputClass =
  "min-h-11 w-full rounded-md border border-stone-400 bg-white px-3 py-2 aria-invalid:border-red-700";
const CHOICE_TYPES: QuestionType[] = [
  "single_choice",
  "multiple_select",
  "true_false",
  "ordering",
  "evidence",
];

/** Where a save leads, marked `?saved=question` so the lesson's editor says the question was saved. */
function savedAddress(returnTo: string) {
  const url = new URL(returnTo, "http://x");
  url.searchParams.set("saved", "question");
  return `${url.pathname}${url.search}${url.hash}`;
}

/** Creates or edits one question; validation messages come from the server's content rules, next to each field. */
export function QuestionEditor({
  lessonId,
  questionId,
  passage,
  sentences,
  initial,
  returnTo = `/teacher/lessons/${lessonId}/edit`,
}: Props) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [q, setQ] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ ok: boolean; message: string } | null>(null);
  const [saving, startSaving] = useTransition();
  const [saved, setSaved] = useState(false);
  const dirty = !saved && JSON.stringify(q) !== JSON.stringify(initial);
  useUnsavedGuard(dirty);

  useEffect(() => {
    if (Object.keys(errors).length)
      formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }, [errors]);

  const set = <K extends keyof EditorQuestion>(key: K, value: EditorQuestion[K]) =>
    setQ((prev) => ({ ...prev, [key]: value }));
  const changeType = (type: QuestionType) => {
    const blank = blankQuestion(type);
    // Choices carry over between choice types that share their rules; anything else starts from that type's rows.
    const keep =
      CHOICE_TYPES.includes(q.type) &&
      CHOICE_TYPES.includes(type) &&
      type !== "true_false" &&
      q.type !== "true_false";
    setQ({
      ...q,
      type,
      choices: keep ? q.choices : blank.choices,
      acceptedAnswers: q.acceptedAnswers.length ? q.acceptedAnswers : blank.acceptedAnswers,
    });
  };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    startSaving(async () => {
      const state = await saveQuestionAction(lessonId, questionId, q);
      if (state?.ok) {
        setSaved(true);
        router.push(savedAddress(returnTo));
        return;
      }
      setErrors(state?.fieldErrors ?? {});
      setMessage({ ok: false, message: state?.message ?? "The question could not be saved." });
    });
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <FormMessage state={message} />
      <div className="grid gap-4 md:grid-cols-3">
        <SelectField
          id="q-type"
          label="Question type"
          options={TYPE_OPTIONS}
          value={q.type}
          onChange={(e) => changeType(e.currentTarget.value as QuestionType)}
        />
        <SelectField
          id="q-skill"
          label="Skill"
          options={SKILL_OPTIONS}
          value={q.skill}
          onChange={(e) => set("skill", e.currentTarget.value as EditorQuestion["skill"])}
        />
        <div className="flex flex-col gap-1">
          <label htmlFor="q-points" className="font-medium">
            Points
          </label>
          <input
            id="q-points"
            type="number"
            min={1}
            max={100}
            className={inputClass}
            value={q.points}
            onChange={(e) => set("points", Number(e.currentTarget.value))}
            {...invalidProps("points", errors.points)}
          />
          <FieldError field="points" errors={errors.points} />
        </div>
      </div>
      <TextAreaField
        field="prompt"
        label="Prompt"
        maxLength={1000}
        value={q.prompt}
        onChange={(v) => set("prompt", v)}
        errors={errors.prompt}
      />
      {CHOICE_TYPES.includes(q.type) && (
        <ChoicesFields
          type={q.type}
          choices={q.choices}
          onChange={(c) => set("choices", c)}
          errors={errors.choices}
        />
      )}
      {q.type === "short_answer" && (
        <TextAreaField
          field="acceptedAnswers"
          label="Accepted answers (one per line)"
          value={q.acceptedAnswers.join("\n")}
          onChange={(v) => set("acceptedAnswers", v.split("\n"))}
          errors={errors.acceptedAnswers}
        />
      )}
      {q.type === "short_answer" && (
        <TextAreaField
          field="rejectedAnswers"
          label="Wrong answers to refuse (one per line)"
          hint="An answer that gives one of these is wrong, even inside a longer answer."
          value={(q.rejectedAnswers ?? []).join("\n")}
          onChange={(v) => set("rejectedAnswers", v.split("\n"))}
          errors={errors.rejectedAnswers}
        />
      )}
      {q.type === "open_response" && (
        <TextAreaField
          field="rubric"
          label="Rubric"
          maxLength={4000}
          value={q.rubric}
          onChange={(v) => set("rubric", v)}
          errors={errors.rubric}
        />
      )}
      <TextAreaField
        field="explanation"
        label="Explanation (shown after release)"
        maxLength={2000}
        value={q.explanation}
        onChange={(v) => set("explanation", v)}
        errors={errors.explanation}
      />
      <CitationPicker
        passage={passage}
        sentences={sentences}
        value={q.citation}
        onChange={(c) => set("citation", c)}
        errors={errors.citation}
      />
      {q.type === "evidence" && (
        <EvidenceOptionsField
          sentences={sentences}
          citation={q.citation}
          value={q.evidenceOptions}
          onChange={(o) => set("evidenceOptions", o)}
          errors={errors.evidenceOptions}
        />
      )}
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={saving}>
          {saving ? "Saving…" : "Save question"}
        </Button>
        <Link href={returnTo}>Cancel</Link>
        {dirty && <span className="text-sm text-stone-700">Unsaved changes</span>}
      </div>
    </form>
  );
}
