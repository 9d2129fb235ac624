import type { QuestionInput } from "../schema";
import { questionPoints } from "./question-points";
import { isClosed, type SetQuestion } from "./set-questions";
import { STRATEGIES } from "./strategies";

/** Habits that read only where the key sits or which way a statement is keyed, not what the options say. */
const KEYING_HABITS = new Set(["first", "last", "middle", "always_true", "always_false"]);
/** Past this many items to key, some keying always keeps every such habit within any sensible limit. */
const MAX_KEYED_ITEMS = 8;

const keyedAt = (q: QuestionInput, at: number): QuestionInput => ({
  ...q,
  choices: q.choices.map((c, i) => ({ ...c, correct: i === at })),
});

/**
 * The lowest advantage (points over guessing, as % of the closed points) that the best keying habit can be held
 * to by any choice of keys for the set's single-choice and true/false items, the other items as they are. Four
 * three-option items always put two keys in one position and three true/false items two keys one way: a sixth of
 * the points over guessing that no writer can avoid, which is arithmetic of so few items, not a habit. Zero for
 * sets large enough that some keying always does.
 */
export function unavoidableAdvantage(set: readonly SetQuestion[]): number {
  const habits = STRATEGIES.filter((s) => KEYING_HABITS.has(s.id));
  const closed = set.map((s) => s.question).filter((q) => isClosed(q.type));
  const free = closed.filter((q) => q.type === "single_choice" || q.type === "true_false");
  if (free.length === 0 || free.length > MAX_KEYED_ITEMS) return 0;
  const scored = (q: QuestionInput) => {
    const p = questionPoints(q, q.type as "single_choice", habits);
    return { guess: p.guess, by: habits.map((h) => p.strategies.get(h.id) ?? p.guess) };
  };
  const fixed = closed.filter((q) => !free.includes(q)).map(scored);
  // Each free item's points per habit for every position its key could take.
  const options = free.map((q) => q.choices.map((_, at) => scored(keyedAt(q, at))));
  const total = closed.reduce((s, q) => s + q.points, 0);
  const guess = [...fixed, ...options.map((o) => o[0]!)].reduce((s, x) => s + x.guess, 0);
  const base = habits.map((_, h) => fixed.reduce((s, x) => s + x.by[h]!, 0));
  let lowest = Infinity;
  const visit = (i: number, sums: number[]) => {
    if (i === options.length) {
      lowest = Math.min(lowest, Math.max(...sums));
      return;
    }
    for (const o of options[i]!)
      visit(
        i + 1,
        sums.map((v, h) => v + o.by[h]!),
      );
  };
  visit(0, base);
  return Math.max(0, Math.round(((lowest - guess) / (total || 1)) * 1000) / 10);
}
