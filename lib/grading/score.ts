/** `points: null` means the item still needs teacher grading. */
export type ScoredItem = { maxPoints: number; points: number | null };
export type AttemptScore = { points: number; maxPoints: number; percent: number; provisional: boolean };
export type CountingRule = "best" | "latest";

export function scoreAttempt(items: readonly ScoredItem[]): AttemptScore {
  let points = 0;
  let maxPoints = 0;
  let provisional = false;
  for (const item of items) {
    maxPoints += item.maxPoints;
    // Ungraded items count as 0 so the student sees a floor that can only rise.
    if (item.points === null) provisional = true;
    else points += item.points;
  }
  // Item points carry two decimals; rounding the sum drops float drift such as 0.67 + 0.33.
  points = Math.round(points * 100) / 100;
  const percent = maxPoints === 0 ? 0 : Math.round((points / maxPoints) * 1000) / 10;
  return { points, maxPoints, percent, provisional };
}

/** Generic so callers get back their own attempt record, not just the fields compared here. */
export function pickCountedAttempt<T extends { percent: number; submittedAt: Date }>(
  attempts: readonly T[],
  rule: CountingRule,
): T | null {
  const later = (a: T, b: T) => a.submittedAt.getTime() > b.submittedAt.getTime();
  // Among equal best scores the latest counts, matching what the student last saw.
  const beats =
    rule === "best"
      ? (a: T, b: T) => a.percent > b.percent || (a.percent === b.percent && later(a, b))
      : later;
  let counted: T | null = null;
  for (const attempt of attempts) {
    if (counted === null || beats(attempt, counted)) counted = attempt;
  }
  return counted;
}
