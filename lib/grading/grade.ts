import type { Answer } from "./answer";
import { isAnswered } from "./answered";
import type { ShortAnswerKey } from "./short-answer/key";
import { matchShortAnswer } from "./short-answer/match";

export type AnswerKey =
  | { type: "single_choice" | "true_false"; points: number; correctChoiceId: string }
  | { type: "multiple_select"; points: number; choiceIds: string[]; correctChoiceIds: string[] }
  | ({ type: "short_answer"; points: number } & ShortAnswerKey)
  | { type: "ordering"; points: number; orderedChoiceIds: string[] }
  | { type: "open_response"; points: number }
  | { type: "evidence"; points: number; correctChoiceId: string; correctEvidenceIds: string[] };

/**
 * `points: null` means the answer waits for the teacher. `near: true` marks a short answer accepted only through
 * the grader's tolerance (a typo, a lemma, an acronym, a longer answer), for the teacher to look at.
 */
export type Grade = { points: number | null; correct: boolean | null; near?: true };

// Fresh objects each time so a caller mutating one grade cannot change another.
const award = (points: number, fraction: number, correct: boolean): Grade => ({
  points: Math.round(points * fraction * 100) / 100,
  correct,
});
const noCredit = (): Grade => ({ points: 0, correct: false });

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((id) => right.has(id));
}

function gradeMultipleSelect(
  key: Extract<AnswerKey, { type: "multiple_select" }>,
  picked: readonly string[],
): Grade {
  const offered = new Set(key.choiceIds);
  const correct = new Set(key.correctChoiceIds);
  let right = 0;
  let wrong = 0;
  for (const id of new Set(picked)) {
    if (offered.has(id) && correct.has(id)) right++;
    else wrong++;
  }
  // Subtracting wrong picks keeps "select everything" from earning credit; a key with no
  // correct choices is malformed and must not produce NaN in the gradebook.
  const fraction = correct.size === 0 ? 0 : Math.max(0, (right - wrong) / correct.size);
  // Judged from the same counts as the points, so a malformed key can never mark a partial
  // score correct; for a sound key this is exactly "selection equals the correct set".
  return award(key.points, fraction, wrong === 0 && right === correct.size);
}

export function gradeAnswer(key: AnswerKey, answer: Answer | null): Grade {
  if (answer === null || !isAnswered(answer)) return noCredit();
  switch (key.type) {
    case "single_choice":
    case "true_false":
      if (answer.type !== key.type) return noCredit();
      return answer.choiceId === key.correctChoiceId ? award(key.points, 1, true) : noCredit();
    case "multiple_select":
      if (answer.type !== key.type) return noCredit();
      return gradeMultipleSelect(key, answer.choiceIds);
    case "short_answer": {
      if (answer.type !== key.type) return noCredit();
      const match = matchShortAnswer(answer.text, key);
      if (!match.correct) return noCredit();
      return match.near ? { ...award(key.points, 1, true), near: true } : award(key.points, 1, true);
    }
    case "ordering": {
      if (answer.type !== key.type) return noCredit();
      const order = answer.choiceIds;
      const exact =
        order.length === key.orderedChoiceIds.length &&
        order.every((id, i) => id === key.orderedChoiceIds[i]);
      return exact ? award(key.points, 1, true) : noCredit();
    }
    case "open_response":
      if (answer.type !== key.type) return noCredit();
      return { points: null, correct: null };
    case "evidence": {
      if (answer.type !== key.type || answer.choiceId !== key.correctChoiceId) return noCredit();
      // Half credit rewards understanding the passage even when the support chosen is off.
      return sameSet(answer.evidenceIds, key.correctEvidenceIds)
        ? award(key.points, 1, true)
        : award(key.points, 0.5, false);
    }
  }
}
