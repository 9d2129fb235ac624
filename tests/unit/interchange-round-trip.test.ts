import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { acceptedAlready, type QuestionType } from "@/lib/content/schema";
import { readAiken } from "@/lib/interchange/aiken-parse";
import { writeAiken } from "@/lib/interchange/aiken-write";
import { readGift } from "@/lib/interchange/gift-parse";
import { writeGift } from "@/lib/interchange/gift-write";
import type { ImportedQuestion } from "@/lib/interchange/imported-question";

const runs = Number(process.env.FUZZ_RUNS ?? 300);

// GIFT's special characters, line breaks and spaces inside texts; no ">" (a "->" in an answer is matching's
// mark, in Moodle as here) and no "[" (a question starting "[html]" names its format).
const giftChar = fc.constantFrom(..."abcdefXYZ0129 .,?!'\"%_-=~#{}\\:\n".split(""));
const plainChar = fc.constantFrom(..."abcdefXYZ0129 .,?!'\"%_-".split(""));

const textOf = (char: fc.Arbitrary<string>) =>
  fc
    .stringOf(char, { minLength: 1, maxLength: 24 })
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

const normalized = (s: string) => s.trim().toLowerCase().replace(/\s+/g, " ");

function questionArb(
  char: fc.Arbitrary<string>,
  types: readonly QuestionType[],
): fc.Arbitrary<ImportedQuestion> {
  const text = textOf(char);
  const feedback = fc.option(text, { nil: undefined });
  const texts = (min: number, max: number) =>
    fc.uniqueArray(text, { minLength: min, maxLength: max, selector: normalized });
  const base = { points: 1, skill: "detail" as const, acceptedAnswers: [], choices: [], evidenceOptions: [] };
  const withFeedback = (t: string, correct: boolean, f: string | undefined) => ({
    text: t,
    correct,
    ...(f ? { feedback: f } : {}),
  });
  const arbs: Record<string, fc.Arbitrary<ImportedQuestion>> = {
    single_choice: fc
      .record({
        prompt: text,
        explanation: text,
        options: texts(2, 6),
        feedbacks: fc.array(feedback, { minLength: 6, maxLength: 6 }),
        key: fc.nat(),
      })
      .filter(({ options }) => options.map(normalized).sort().join("|") !== "false|true")
      .map(({ prompt, explanation, options, feedbacks, key }) => ({
        ...base,
        type: "single_choice",
        prompt,
        explanation,
        choices: options.map((t, i) => withFeedback(t, i === key % options.length, feedbacks[i])),
      })),
    multiple_select: fc
      .record({
        prompt: text,
        explanation: text,
        options: texts(3, 6),
        feedbacks: fc.array(feedback, { minLength: 6, maxLength: 6 }),
        right: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
      })
      .map(({ prompt, explanation, options, feedbacks, right }) => {
        // At least two right and one wrong, as the format requires.
        const marks = options.map((_, i) => (i < 2 ? true : i === 2 ? false : right[i]!));
        return {
          ...base,
          type: "multiple_select",
          prompt,
          explanation,
          choices: options.map((t, i) => withFeedback(t, marks[i]!, feedbacks[i])),
        };
      }),
    true_false: fc
      .record({ prompt: text, explanation: text, truth: fc.boolean(), right: feedback, wrong: feedback })
      .map(({ prompt, explanation, truth, right, wrong }) => ({
        ...base,
        type: "true_false",
        prompt,
        explanation,
        choices: [
          withFeedback("True", truth, truth ? right : wrong),
          withFeedback("False", !truth, truth ? wrong : right),
        ],
      })),
    short_answer: fc
      .record({ prompt: text, explanation: text, answers: texts(1, 4), rejected: texts(0, 2) })
      .map(({ prompt, explanation, answers, rejected }) => {
        const wrong = rejected.filter((r) => !acceptedAlready(answers, r));
        return {
          ...base,
          type: "short_answer",
          prompt,
          explanation,
          acceptedAnswers: answers,
          ...(wrong.length > 0 ? { rejectedAnswers: wrong } : {}),
        };
      }),
    ordering: fc
      .record({ prompt: text, explanation: text, items: texts(3, 6) })
      .map(({ prompt, explanation, items }) => ({
        ...base,
        type: "ordering",
        prompt,
        explanation,
        choices: items.map((t) => ({ text: t, correct: true })),
      })),
    open_response: fc.record({ prompt: text, rubric: text }).map(({ prompt, rubric }) => ({
      ...base,
      type: "open_response",
      prompt,
      explanation: rubric,
      rubric,
    })),
  };
  return fc.oneof(...types.map((t) => arbs[t]!));
}

describe("export then import gives the same questions", { timeout: 120_000 }, () => {
  it("GIFT: every type it carries (all but evidence), with feedback, escapes and line breaks", () => {
    const types = [
      "single_choice",
      "multiple_select",
      "true_false",
      "short_answer",
      "ordering",
      "open_response",
    ] as const;
    fc.assert(
      fc.property(fc.array(questionArb(giftChar, types), { minLength: 1, maxLength: 5 }), (questions) => {
        const written = writeGift(questions);
        expect(written.skipped).toEqual([]);
        const read = readGift(written.text);
        if (!read.ok) throw new Error(`${JSON.stringify(read.errors)}\n${written.text}`);
        expect(read.skipped).toEqual([]);
        expect(read.questions.map((q) => q.question)).toEqual(questions);
      }),
      { numRuns: runs },
    );
  });

  it("Aiken: single choice and true/false (prompt, choices and key; Aiken has no feedback)", () => {
    fc.assert(
      fc.property(
        fc.array(questionArb(plainChar, ["single_choice", "true_false"]), { minLength: 1, maxLength: 5 }),
        (questions) => {
          const withoutFeedback = questions.map((q) => ({
            ...q,
            explanation: "Imported without an explanation: add one before publishing.",
            choices: q.choices.map(({ text, correct }) => ({ text, correct })),
          }));
          const written = writeAiken(questions);
          expect(written.skipped).toEqual([]);
          const read = readAiken(written.text);
          if (!read.ok) throw new Error(`${JSON.stringify(read.errors)}\n${written.text}`);
          expect(read.questions.map((q) => q.question)).toEqual(withoutFeedback);
        },
      ),
      { numRuns: runs },
    );
  });
});
