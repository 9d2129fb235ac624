"use client";

import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { TYPE_OPTIONS } from "../lesson/type-options";
import { buttonClass } from "../ui/button";
import { SelectField } from "../ui/select-field";

/**
 * Picks a new question's type and opens the editor. A GET form that works without JavaScript, navigated by the
 * router when it has loaded: a full page load showed the editor before it could keep typing (the first words
 * typed into its fields were lost when it hydrated), and a client navigation shows it ready.
 */
export function NewQuestionForm({ lessonId }: { lessonId: string }) {
  const router = useRouter();
  const action = `/teacher/lessons/${lessonId}/edit/new`;
  const open = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const type = new FormData(event.currentTarget).get("type");
    router.push(`${action}?${new URLSearchParams({ type: String(type ?? "") })}`);
  };
  return (
    <form
      method="get"
      action={action}
      onSubmit={open}
      className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-stone-300 bg-white p-4"
    >
      <SelectField id="new-type" name="type" label="New question type" options={TYPE_OPTIONS} />
      <button type="submit" className={buttonClass("primary")}>
        Add a question
      </button>
    </form>
  );
}
