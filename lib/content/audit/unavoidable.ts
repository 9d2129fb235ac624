import type { QuestionInput } from "../schema";
import { questionPoints } from "./question-points";
import { isClosed, type ClosedType, type SetQuestion } from "./set-questions";
import { STRATEGIES, type Strategy } from "./strategies";

/** Past this many items to key, some keying keeps every habit within a few points: not worth the search. */
const MAX_KEYED_ITEMS = 8;
/** Floors already found, by the set's points per habit for each keying of each item (the gate asks many times). */
const found = new Map<string, number>();
const FOUND_MAX = 500;

const keyedAt = (q: QuestionInput, at: number): QuestionInput => ({
  ...q,
  choices: q.choices.map((c, i) => ({ ...c, correct: i === at })),
});

type Scored = { guess: number; by: number[] };

/**
 * The lowest advantage (points over guessing, as % of the closed points) that the best passage-blind habit can be
 * held to by any choice of which option is the key, for each single-choice and true/false item, the options' texts
 * and the other items as they are. Four three-option items always put two keys in one position and three
 * true/false items two keys one way: a sixth of the points over guessing that no writer can avoid, which is
 * arithmetic of so few items, not a habit. A habit the options' texts give away (the key alone the longest) is
 * not in the floor: another keying of the same options avoids it. Zero for sets of more than eight such items.
 */
export function unavoidableAdvantage(
  set: readonly SetQuestion[],
  strategies: readonly Strategy[] = STRATEGIES,
) {
  const closed = set.map((s) => s.question).filter((q) => isClosed(q.type));
  const free = closed.filter((q) => q.type === "single_choice" || q.type === "true_false");
  if (free.length === 0 || free.length > MAX_KEYED_ITEMS) return 0;
  const scored = (q: QuestionInput): Scored => {
    const p = questionPoints(q, q.type as ClosedType, strategies);
    return { guess: p.guess, by: strategies.map((h) => p.strategies.get(h.id) ?? p.guess) };
  };
  const fixed = closed.filter((q) => !free.includes(q)).map(scored);
  // Each free item's points per habit for every option its key could be.
  const options = free.map((q) => q.choices.map((_, at) => scored(keyedAt(q, at)).by));
  const total = closed.reduce((s, q) => s + q.points, 0);
  const guess = [...fixed, ...free.map(scored)].reduce((s, x) => s + x.guess, 0);
  const base = strategies.map((_, h) => fixed.reduce((s, x) => s + x.by[h]!, 0));
  const key = JSON.stringify([base, options, guess, total]);
  const known = found.get(key);
  if (known !== undefined) return known;
  let lowest = Infinity;
  // Depth first; points only add up, so a branch already at the best found so far is cut.
  const visit = (i: number, sums: number[]) => {
    const top = Math.max(...sums);
    if (top >= lowest) return;
    if (i === options.length) {
      lowest = top;
      return;
    }
    const seen = new Set<string>();
    for (const by of options[i]!) {
      const next = sums.map((v, h) => v + by[h]!);
      const id = next.join();
      if (seen.has(id)) continue;
      seen.add(id);
      visit(i + 1, next);
    }
  };
  visit(0, base);
  const floor = Math.max(0, Math.round(((lowest - guess) / (total || 1)) * 1000) / 10);
  if (found.size >= FOUND_MAX) found.clear();
  found.set(key, floor);
  return floor;
}
