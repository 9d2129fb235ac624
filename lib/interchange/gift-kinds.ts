import { mergeNumberWords } from "../grading/short-answer/numbers";
import type { GiftAnswer } from "./gift-answers";
import type { ImportedQuestion } from "./imported-question";

/** A question's fields from its answers, with notes on what Lectern could not keep; or why it is skipped. */
export type Kind =
  | { ok: true; fields: Partial<ImportedQuestion> & Pick<ImportedQuestion, "type">; notes: string[] }
  | { ok: false; reason: string };

const weightOf = (a: GiftAnswer) => a.weight ?? (a.mark === "=" ? 100 : 0);
const quoted = (s: string) => `"${s.length > 40 ? `${s.slice(0, 40)}…` : s}"`;

function negativeNotes(answers: GiftAnswer[]): string[] {
  return answers
    .filter((a) => weightOf(a) < 0)
    .map(
      (a) =>
        `negative weight ${weightOf(a)}% on ${quoted(a.text)}: Lectern has no penalties, so it is simply wrong`,
    );
}

/** Short answer: every `=` at 100% is accepted, at 0% (or below) it is a wrong answer the grader recognizes. */
export function shortAnswerKind(answers: GiftAnswer[]): Kind {
  const notes = negativeNotes(answers);
  const accepted = answers.filter((a) => weightOf(a) === 100).map((a) => a.text);
  const rejected = answers.filter((a) => weightOf(a) <= 0).map((a) => a.text);
  for (const a of answers) {
    const w = weightOf(a);
    if (w > 0 && w < 100)
      notes.push(`partial credit (${w}%) for ${quoted(a.text)} left out: Lectern has no partial credit`);
  }
  if (answers.some((a) => a.feedback))
    notes.push("feedback on short answers left out: a short answer has one explanation");
  if (accepted.length === 0) return { ok: false, reason: "short answer with no answer worth 100%" };
  return {
    ok: true,
    notes,
    fields: {
      type: "short_answer",
      acceptedAnswers: accepted,
      ...(rejected.length > 0 ? { rejectedAnswers: rejected } : {}),
    },
  };
}

/**
 * Choices: one right answer is single choice; several with positive weights and none at 100% (Moodle's
 * multiple answers) multiple select. A 100% answer beside partial ones is single choice with partial credit,
 * which Lectern does not give: those count as wrong, and the notes say so.
 */
export function choiceKind(answers: GiftAnswer[]): Kind {
  const notes = negativeNotes(answers);
  const full = answers.filter((a) => weightOf(a) === 100);
  const positive = answers.filter((a) => weightOf(a) > 0);
  if (positive.length === 0) return { ok: false, reason: "no right answer (no = and no positive weight)" };
  const multiple = full.length === 0 && positive.length >= 2;
  const isRight = (a: GiftAnswer) =>
    multiple ? weightOf(a) > 0 : weightOf(a) === 100 || (positive.length === 1 && weightOf(a) > 0);
  if (!multiple && full.length > 1) return { ok: false, reason: "several answers marked = (100%)" };
  for (const a of positive)
    if (!isRight(a))
      notes.push(
        `partial credit (${weightOf(a)}%) for ${quoted(a.text)} left out: the choice counts as wrong`,
      );
  return {
    ok: true,
    notes,
    fields: {
      type: multiple ? "multiple_select" : "single_choice",
      choices: answers.map((a) => ({
        text: a.text,
        correct: isRight(a),
        ...(a.feedback ? { feedback: a.feedback } : {}),
      })),
    },
  };
}

/** A place written as digits or words ("2", "2nd", "second"), read by the short-answer grader's number reader. */
function rankOf(match: string): number | null {
  const words = match.trim().toLowerCase().replace(/\.$/, "").split(/\s+/);
  const merged = mergeNumberWords(words.map((text) => ({ text, forms: [text], spelled: false })));
  const only = merged.length === 1 ? /^(\d{1,3})(?:st|nd|rd|th)?$/.exec(merged[0]!.text) : null;
  return only ? Number(only[1]) : null;
}

/** Matching becomes ordering only when the right-hand sides are the places 1 to n (or first, second…). */
export function matchingKind(answers: GiftAnswer[]): Kind {
  const ranks = answers.map((a) => rankOf(a.match ?? ""));
  const defineOrder =
    ranks.every((r) => r !== null) && [...ranks].sort((a, b) => a! - b!).every((r, i) => r === i + 1);
  if (!defineOrder)
    return {
      ok: false,
      reason: "matching question whose pairs do not define an order (Lectern has no matching type)",
    };
  const ordered = answers.map((a, i) => ({ a, rank: ranks[i]! })).sort((x, y) => x.rank - y.rank);
  return {
    ok: true,
    notes: ["matching pairs read as an order (their right-hand sides are places 1 to n)"],
    fields: { type: "ordering", choices: ordered.map(({ a }) => ({ text: a.text, correct: true })) },
  };
}

/** True/false: `{T}` or `{FALSE}`, then the feedback for a wrong answer and for a right one after `#`. */
export function trueFalseKind(parts: string[]): Kind {
  const truth = /^t(?:rue)?$/i.test(parts[0]!.trim());
  const [wrongFeedback, rightFeedback] = [parts[1] ?? "", parts[2] ?? ""];
  const choice = (value: boolean) => {
    const feedback = value === truth ? rightFeedback : wrongFeedback;
    return { text: value ? "True" : "False", correct: value === truth, ...(feedback ? { feedback } : {}) };
  };
  return { ok: true, notes: [], fields: { type: "true_false", choices: [choice(true), choice(false)] } };
}
