"use client";

import { updateLessonDetailsAction } from "@/lib/content/actions";
import { Button } from "../ui/button";
import { Field, TextAreaField } from "../ui/field";
import { FormMessage } from "../ui/form-message";
import { useFormAction } from "../ui/use-form-action";

type Lesson = { id: string; title: string; objectives: string[]; description: string };

/** The owner's words for a lesson: what students see as its title, objectives and description. */
export function LessonDetailsForm({ lesson }: { lesson: Lesson }) {
  const { state, pending, formRef, onSubmit } = useFormAction(updateLessonDetailsAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="details-heading"
      className="mb-8 flex max-w-3xl flex-col gap-3 rounded-lg border border-stone-300 bg-white p-4 sm:p-5"
    >
      <h2 id="details-heading" className="text-xl font-semibold">
        Lesson details
      </h2>
      <input type="hidden" name="lessonId" value={lesson.id} />
      <FormMessage state={state?.ok ? { ok: true, message: "Lesson details saved." } : state} />
      <Field
        label="Title"
        name="title"
        defaultValue={lesson.title}
        errors={errors?.title}
        maxLength={200}
        required
      />
      <TextAreaField
        label="Learning objectives"
        name="objectives"
        hint="One a line."
        defaultValue={lesson.objectives.join("\n")}
        errors={errors?.objectives}
        maxLength={3000}
      />
      <TextAreaField
        label="Description"
        name="description"
        hint="What the lesson is about, for you and your students. The passage stays the article's."
        defaultValue={lesson.description}
        errors={errors?.description}
        maxLength={2000}
      />
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? "Saving…" : "Save details"}
      </Button>
    </form>
  );
}
