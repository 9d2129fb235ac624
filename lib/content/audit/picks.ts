import { seededShuffle } from "../../attempts/seeded-shuffle";

/** Every way to choose `k` of `items`, in order. */
export function combinations<T>(items: readonly T[], k: number): T[][] {
  if (k === 0) return [[]];
  if (k > items.length) return [];
  const [head, ...rest] = items as [T, ...T[]];
  return [...combinations(rest, k - 1).map((c) => [head, ...c]), ...combinations(rest, k)];
}

/** Every non-empty subset of positions 0..n-1 (at most 4,095 for the schema's 12 options). */
export function nonEmptySubsets(n: number): number[][] {
  const out: number[][] = [];
  for (let mask = 1; mask < 1 << n; mask++) out.push([...Array(n).keys()].filter((i) => mask & (1 << i)));
  return out;
}

/**
 * The picks a student following a preference can end with when taking the `k` most preferred options: ties at
 * the cut are broken at random, so every way of filling the remaining places from the tied group is listed and
 * each is equally likely.
 */
export function topK(scores: readonly number[], k: number): number[][] {
  const ranked = [...scores.keys()].sort((a, b) => scores[b]! - scores[a]!);
  const cut = scores[ranked[k - 1]!]!;
  const above = ranked.filter((i) => scores[i]! > cut);
  const tied = ranked.filter((i) => scores[i] === cut);
  return combinations(tied, k - above.length).map((c) => [...above, ...c].sort((a, b) => a - b));
}

// Up to 7 items every order is enumerated (5,040); beyond, this many seeded shuffles stand in for them.
const EXACT_ORDERINGS_UP_TO = 7;
const SAMPLED_ORDERINGS = 5040;

function permutations(items: readonly number[]): number[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((x, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((p) => [x, ...p]),
  );
}

/** The orders a guesser may put n items in: all of them, or a fixed seeded sample when there are too many. */
export function guessedOrders(n: number): number[][] {
  const items = [...Array(n).keys()];
  if (n <= EXACT_ORDERINGS_UP_TO) return permutations(items);
  return Array.from({ length: SAMPLED_ORDERINGS }, (_, i) => seededShuffle(items, `audit-order-${i}`));
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length;
}
