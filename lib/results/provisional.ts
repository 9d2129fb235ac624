/**
 * A provisional score (open responses still to grade) shown over the points graded so far, with the points that
 * wait named, rather than as a percent that counts the ungraded answers as 0. Pure.
 */
export type GradedSoFar = {
  points: number;
  /** The points graded so far: the attempt's maximum less the pending ones. */
  gradedMax: number;
  pendingPoints: number;
  /** Percent of the graded points; null while nothing is graded. */
  percent: number | null;
};

export function scoreOverGraded(
  attempt: { points: number | null; maxPoints: number | null },
  pendingPoints: number,
): GradedSoFar {
  const points = attempt.points ?? 0;
  const pending = Math.max(0, Math.min(pendingPoints, attempt.maxPoints ?? 0));
  const gradedMax = Math.max(0, (attempt.maxPoints ?? 0) - pending);
  const percent = gradedMax === 0 ? null : Math.round((points / gradedMax) * 1000) / 10;
  return { points, gradedMax, pendingPoints: pending, percent };
}

const pointsText = (n: number) => `${n} point${n === 1 ? "" : "s"}`;

/** "85.7% of the 14 points graded so far (12 points); 4 points wait for the teacher's grading." */
export function describeGradedSoFar(s: GradedSoFar): string {
  const waiting = `${pointsText(s.pendingPoints)} ${s.pendingPoints === 1 ? "waits" : "wait"} for the teacher's grading`;
  if (s.percent === null) return `Nothing is graded yet: ${waiting}.`;
  return `${s.percent}% of the ${pointsText(s.gradedMax)} graded so far (${s.points} earned); ${waiting}.`;
}

/** Points as a teacher writes them: whole numbers bare, partial credit to two decimals at most. */
const pointsNumber = (n: number) => String(Math.round(n * 100) / 100);

/**
 * A table cell's short form, "6/8 graded · 4 pts to grade": points earned over the points graded so far, then the
 * points still to grade. Read it with `gradedSoFarLabel`, since "6/8" and "pts" read badly aloud.
 */
export function shortGradedSoFar(s: GradedSoFar): string {
  const waiting = `${pointsNumber(s.pendingPoints)} pt${s.pendingPoints === 1 ? "" : "s"} to grade`;
  if (s.gradedMax === 0) return waiting;
  return `${pointsNumber(s.points)}/${pointsNumber(s.gradedMax)} graded · ${waiting}`;
}

/** The accessible name of `shortGradedSoFar`: "6 of 8 graded points earned, 4 points still to grade". */
export function gradedSoFarLabel(s: GradedSoFar): string {
  const waiting = `${pointsText(Math.round(s.pendingPoints * 100) / 100)} still to grade`;
  if (s.gradedMax === 0) return `Nothing graded yet, ${waiting}`;
  return `${pointsNumber(s.points)} of ${pointsNumber(s.gradedMax)} graded points earned, ${waiting}`;
}
