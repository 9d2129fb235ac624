import type { Answer } from "../../grading/answer";
import { gradeAnswer, type AnswerKey } from "../../grading/grade";
import type { QuestionInput } from "../schema";
import { combinations, guessedOrders, mean, nonEmptySubsets, topK } from "./picks";
import { answerKeyFor, choiceId, evidenceId, type ClosedType } from "./set-questions";
import type { OptionView, Strategy } from "./strategies";

/** Expected points on one closed question: under guessing, and under each strategy (by id) that has a habit for it. */
export type QuestionPoints = {
  type: ClosedType;
  points: number;
  guess: number;
  strategies: Map<string, number>;
};

const range = (n: number) => [...Array(n).keys()];

// Points exactly as the app awards them; the audit only ever submits answered picks, so points are never null.
const graded = (key: AnswerKey, answer: Answer) => gradeAnswer(key, answer).points ?? 0;

type Pick = { choices: number[]; evidence?: number[] };

function answerOf(type: ClosedType, pick: Pick): Answer {
  const ids = pick.choices.map(choiceId);
  switch (type) {
    case "single_choice":
    case "true_false":
      return { type, choiceId: ids[0]! };
    case "multiple_select":
    case "ordering":
      return { type, choiceIds: ids };
    case "evidence":
      return { type, choiceId: ids[0]!, evidenceIds: (pick.evidence ?? []).map(evidenceId) };
  }
}

/**
 * The random picks a guesser makes, each equally likely: one option; a non-empty set of options for multiple
 * select (the guesser cannot know how many are right); an order of the items; for evidence one Part A option
 * with as many Part B sentences as the key has (prompts say "the sentence" or "two sentences").
 */
function guessedPicks(q: QuestionInput, type: ClosedType, supporting: number): Pick[] {
  const n = q.choices.length;
  switch (type) {
    case "single_choice":
    case "true_false":
      return range(n).map((i) => ({ choices: [i] }));
    case "multiple_select":
      return nonEmptySubsets(n).map((choices) => ({ choices }));
    case "ordering":
      return guessedOrders(n).map((choices) => ({ choices }));
    case "evidence": {
      const sentences = combinations(range(q.evidenceOptions.length), supporting);
      return range(n).flatMap((a) => sentences.map((evidence) => ({ choices: [a], evidence })));
    }
  }
}

/**
 * The picks a strategy can end with (several when it meets a tie), or null when it has no habit for this
 * question and so guesses. Multiple select takes the preferred half (rounded up). Evidence Part B takes as many
 * sentences as the key has, preferred with the key's text added to the stem: Part B only earns points when
 * Part A is right, so the key's text is what a student who got Part A right would be matching.
 */
function strategyPicks(s: Strategy, q: QuestionInput, type: ClosedType, supporting: number): Pick[] | null {
  const view: OptionView = { type, stem: q.prompt, options: q.choices.map((c) => c.text) };
  if (type === "ordering") return s.order ? [{ choices: s.order(view.options) }] : null;
  const rated = s.prefer(view);
  if (!rated) return null;
  if (type === "multiple_select")
    return topK(rated, Math.ceil(rated.length / 2)).map((choices) => ({ choices }));
  if (type !== "evidence") return topK(rated, 1).map((choices) => ({ choices }));
  const keyText = q.choices.find((c) => c.correct)?.text ?? "";
  const sentences = q.evidenceOptions.map((o) => o.text);
  const ratedB = s.prefer({ type, stem: `${q.prompt} ${keyText}`, options: sentences });
  const partB = ratedB ? topK(ratedB, supporting) : combinations(range(sentences.length), supporting);
  return topK(rated, 1).flatMap((choices) => partB.map((evidence) => ({ choices, evidence })));
}

export function questionPoints(
  q: QuestionInput,
  type: ClosedType,
  strategies: readonly Strategy[],
): QuestionPoints {
  const key = answerKeyFor(q);
  const supporting = key.type === "evidence" ? key.correctEvidenceIds.length : 0;
  const expected = (picks: Pick[]) => mean(picks.map((p) => graded(key, answerOf(type, p))));
  const guess = expected(guessedPicks(q, type, supporting));
  const byStrategy = new Map(
    strategies.flatMap((s) => {
      const picks = strategyPicks(s, q, type, supporting);
      return picks ? [[s.id, expected(picks)] as const] : [];
    }),
  );
  return { type, points: q.points, guess, strategies: byStrategy };
}
