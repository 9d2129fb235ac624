"use client";

import type { EditorQuestion } from "@/lib/content/question-editor-schema";
import { Button } from "../ui/button";
import { FieldError } from "./field-error";

type Choice = EditorQuestion["choices"][number];
type Props = {
  type: EditorQuestion["type"];
  choices: Choice[];
  onChange: (choices: Choice[]) => void;
  errors?: string[];
};

const inputClass = "min-h-11 w-full rounded-md border border-stone-400 bg-white px-3";

/**
 * The choices of a choice question (part A of an evidence question; the items of an ordering question, in
 * their right order). True/false keeps its two fixed choices and only lets the teacher say which is right.
 */
export function ChoicesFields({ type, choices, onChange, errors }: Props) {
  const fixed = type === "true_false";
  const ordering = type === "ordering";
  const single = type === "single_choice" || type === "true_false" || type === "evidence";
  const noun = ordering ? "Item" : "Choice";
  const set = (i: number, patch: Partial<Choice>) =>
    onChange(
      choices.map((c, j) => {
        if (j === i) return { ...c, ...patch };
        // Marking one choice right unmarks the others where only one may be right.
        return single && patch.correct ? { ...c, correct: false } : c;
      }),
    );
  const move = (i: number, to: number) => {
    const next = [...choices];
    [next[i], next[to]] = [next[to]!, next[i]!];
    onChange(next);
  };
  return (
    <fieldset
      className="flex flex-col gap-3 rounded-md border border-stone-300 p-4"
      aria-describedby={errors?.length ? "choices-error" : undefined}
    >
      <legend className="px-1 font-semibold">
        {ordering ? "Items, in the right order" : type === "evidence" ? "Part A choices" : "Choices"}
      </legend>
      <FieldError field="choices" errors={errors} />
      <ol className="flex flex-col gap-3">
        {choices.map((c, i) => (
          <li key={i} className="flex flex-col gap-2 rounded border border-stone-200 p-3">
            <label className="flex flex-col gap-1">
              <span className="font-medium">
                {noun} {i + 1}
              </span>
              <input
                className={inputClass}
                value={c.text}
                readOnly={fixed}
                maxLength={500}
                aria-invalid={errors?.length ? true : undefined}
                onChange={(e) => set(i, { text: e.currentTarget.value })}
              />
            </label>
            {!ordering && (
              <label className="inline-flex min-h-11 items-center gap-2">
                <input
                  type={single ? "radio" : "checkbox"}
                  name="correct-choice"
                  className="size-5"
                  checked={c.correct}
                  onChange={(e) => set(i, { correct: e.currentTarget.checked })}
                />
                {noun} {i + 1} is correct
              </label>
            )}
            {!ordering && !c.correct && !fixed && (
              <label className="flex flex-col gap-1">
                <span className="text-sm">
                  Why {noun.toLowerCase()} {i + 1} is wrong (optional, shown after release)
                </span>
                <input
                  className={inputClass}
                  value={c.feedback}
                  maxLength={500}
                  onChange={(e) => set(i, { feedback: e.currentTarget.value })}
                />
              </label>
            )}
            {!fixed && (
              <div className="flex flex-wrap gap-2">
                <Button variant="secondary" disabled={i === 0} onClick={() => move(i, i - 1)}>
                  Move up
                  <span className="sr-only">
                    {" "}
                    {noun.toLowerCase()} {i + 1}
                  </span>
                </Button>
                <Button
                  variant="secondary"
                  disabled={i === choices.length - 1}
                  onClick={() => move(i, i + 1)}
                >
                  Move down
                  <span className="sr-only">
                    {" "}
                    {noun.toLowerCase()} {i + 1}
                  </span>
                </Button>
                <Button variant="secondary" onClick={() => onChange(choices.filter((_, j) => j !== i))}>
                  Remove
                  <span className="sr-only">
                    {" "}
                    {noun.toLowerCase()} {i + 1}
                  </span>
                </Button>
              </div>
            )}
          </li>
        ))}
      </ol>
      {!fixed && choices.length < 12 && (
        <Button
          variant="secondary"
          className="self-start"
          onClick={() => onChange([...choices, { text: "", correct: false, feedback: "" }])}
        >
          Add {noun.toLowerCase()}
        </Button>
      )}
    </fieldset>
  );
}
