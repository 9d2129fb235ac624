import { questionPoints, type QuestionPoints } from "./question-points";
import { CLOSED_TYPES, isClosed, type ClosedType, type SetQuestion } from "./set-questions";
import { STRATEGIES, type Strategy } from "./strategies";
import { unavoidableAdvantage } from "./unavoidable";

/** `percent` is of the points in scope; `advantage` is percentage points above guessing in that scope. */
export type StrategyScore = { id: string; label: string; points: number; percent: number; advantage: number };
export type Score = { points: number; percent: number };

export type TypeScores = {
  type: ClosedType;
  questions: number;
  points: number;
  guess: Score;
  /** Every strategy with a habit for at least one item of the type, best first. */
  strategies: StrategyScore[];
};

export type BlindScores = {
  /** Points of the closed questions: every type but short answer and open response. */
  closedPoints: number;
  guess: Score;
  byType: TypeScores[];
  /** Each strategy applied to the whole set (guessing where it has no habit), best first. */
  strategies: StrategyScore[];
  /** Null when the set has no closed question. */
  best: StrategyScore | null;
  /** The advantage no keying of so few items can keep a position or true/false habit under (unavoidable.ts). */
  unavoidable: number;
  /**
   * The best strategy of each type together: an upper bound, since it is chosen after seeing the keys, and on a
   * handful of items per type some habit beats guessing by chance. Reported, not held to a threshold.
   */
  bestPerType: Score & { advantage: number; habits: Partial<Record<ClosedType, string>> };
};

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;
const percentOf = (points: number, total: number) => (total === 0 ? 0 : round((points / total) * 100, 1));
const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);

function scoresOver(items: readonly QuestionPoints[], strategies: readonly Strategy[]) {
  const total = sum(items.map((i) => i.points));
  const guess = sum(items.map((i) => i.guess));
  const ranked = strategies
    .filter((s) => items.some((i) => i.strategies.has(s.id)))
    .map((s) => {
      const points = sum(items.map((i) => i.strategies.get(s.id) ?? i.guess));
      return {
        id: s.id,
        label: s.label,
        points: round(points, 2),
        percent: percentOf(points, total),
        advantage: round(((points - guess) / (total || 1)) * 100, 1),
      };
    })
    // Stable: among equal scores the strategy listed first in STRATEGIES wins.
    .sort((a, b) => b.points - a.points);
  return { total, guess: { points: round(guess, 2), percent: percentOf(guess, total) }, ranked };
}

export function blindScores(set: readonly SetQuestion[], strategies = STRATEGIES): BlindScores {
  const items = set.flatMap(({ question: q }) =>
    isClosed(q.type) ? [questionPoints(q, q.type, strategies)] : [],
  );
  const byType = CLOSED_TYPES.flatMap((type) => {
    const ofType = items.filter((i) => i.type === type);
    if (ofType.length === 0) return [];
    const { total, guess, ranked } = scoresOver(ofType, strategies);
    return [{ type, questions: ofType.length, points: total, guess, strategies: ranked }];
  });
  const { total, guess, ranked } = scoresOver(items, strategies);
  const habits: Partial<Record<ClosedType, string>> = {};
  let combined = 0;
  for (const t of byType) {
    const top = t.strategies[0]!;
    const wins = top.points > t.guess.points;
    combined += wins ? top.points : t.guess.points;
    habits[t.type] = wins ? top.id : "guess";
  }
  return {
    closedPoints: total,
    guess,
    byType,
    strategies: ranked,
    best: ranked[0] ?? null,
    unavoidable: unavoidableAdvantage(set, strategies),
    bestPerType: {
      points: round(combined, 2),
      percent: percentOf(combined, total),
      advantage: round(((combined - guess.points) / (total || 1)) * 100, 1),
      habits,
    },
  };
}
