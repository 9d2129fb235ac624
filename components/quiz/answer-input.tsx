"use client";

import { useId } from "react";
import type { StudentQuestion } from "@/lib/attempts/student-question";
import type { Answer } from "@/lib/grading/answer";
import { ChoiceList } from "./choice-list";
import { OrderingList } from "./ordering-list";

type Props = { question: StudentQuestion; value: Answer | null; onChange: (answer: Answer) => void };

const inputClass = "w-full rounded-md border border-stone-400 bg-white px-3 py-2";

/** The input for one question; `value` is trusted to match the question's type (the server checks it too). */
export function AnswerInput({ question: q, value, onChange }: Props) {
  const id = useId();
  switch (q.type) {
    case "single_choice":
    case "true_false": {
      const type = q.type;
      const v = value?.type === type ? value.choiceId : null;
      return (
        <ChoiceList
          name={id}
          multiple={false}
          choices={q.choices}
          selected={v ? [v] : []}
          onChange={([choiceId]) => onChange({ type, choiceId: choiceId! })}
        />
      );
    }
    case "multiple_select":
      return (
        <>
          <p className="mb-2 text-sm text-stone-700">Select all that apply.</p>
          <ChoiceList
            name={id}
            multiple
            choices={q.choices}
            selected={value?.type === "multiple_select" ? value.choiceIds : []}
            onChange={(choiceIds) => onChange({ type: "multiple_select", choiceIds })}
          />
        </>
      );
    case "short_answer":
      return (
        <>
          <label htmlFor={id} className="mb-1 block text-sm text-stone-700">
            Your answer (a word or short phrase)
          </label>
          <input
            id={id}
            className={inputClass}
            maxLength={200}
            value={value?.type === "short_answer" ? value.text : ""}
            onChange={(e) => onChange({ type: "short_answer", text: e.currentTarget.value })}
          />
        </>
      );
    case "open_response":
      return (
        <>
          <label htmlFor={id} className="mb-1 block text-sm text-stone-700">
            Your answer (your teacher grades it)
          </label>
          <textarea
            id={id}
            className={`${inputClass} min-h-40`}
            maxLength={10_000}
            value={value?.type === "open_response" ? value.text : ""}
            onChange={(e) => onChange({ type: "open_response", text: e.currentTarget.value })}
          />
        </>
      );
    case "ordering":
      return (
        <OrderingList
          choices={q.choices}
          order={value?.type === "ordering" && value.choiceIds.length > 0 ? value.choiceIds : null}
          onChange={(choiceIds) => onChange({ type: "ordering", choiceIds })}
        />
      );
    case "evidence": {
      const v =
        value?.type === "evidence" ? value : { type: "evidence" as const, choiceId: null, evidenceIds: [] };
      return (
        <div className="flex flex-col gap-4">
          <fieldset>
            <legend className="mb-2 font-semibold">Part A: choose the answer</legend>
            <ChoiceList
              name={`${id}-a`}
              multiple={false}
              choices={q.choices}
              selected={v.choiceId ? [v.choiceId] : []}
              onChange={([choiceId]) => onChange({ ...v, choiceId: choiceId! })}
            />
          </fieldset>
          <fieldset>
            <legend className="mb-2 font-semibold">
              Part B: select the sentence(s) from the passage that support your answer
            </legend>
            <ChoiceList
              name={`${id}-b`}
              multiple
              choices={q.evidenceOptions}
              selected={v.evidenceIds}
              onChange={(evidenceIds) => onChange({ ...v, evidenceIds })}
            />
          </fieldset>
        </div>
      );
    }
  }
}
