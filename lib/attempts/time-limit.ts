/**
 * What a student is told about a timed quiz. Pure: the start page and the quiz page read it, and a unit test
 * holds the wording.
 */

/** The student's own limit: the assignment's, stretched by an accommodation's time factor. */
export function studentTimeLimitMinutes(limitMinutes: number | null, timeFactor = 1): number | null {
  if (!limitMinutes) return null;
  return Math.round(limitMinutes * timeFactor * 10) / 10;
}

const minutesText = (m: number) => `${m} minute${m === 1 ? "" : "s"}`;

/** Said before starting: how long, when the clock starts, and what happens at the end. */
export function timeLimitNotice(minutes: number): string {
  return (
    `This quiz is timed: you have ${minutesText(minutes)} once you start, and the clock keeps running if you ` +
    `leave the page. When time is up, the answers you have given are submitted for you.`
  );
}

/**
 * Whether a submitted attempt ended because its time ran out: the expiry sweep, the quiz page and a late submit
 * all date such an attempt at its deadline (lib/attempts/expire.ts, submitAttempt).
 */
export function endedByTimeLimit(attempt: { deadlineAt: Date | null; submittedAt: Date | null }): boolean {
  if (!attempt.deadlineAt || !attempt.submittedAt) return false;
  return attempt.submittedAt.getTime() >= attempt.deadlineAt.getTime();
}

export const TIME_UP_MESSAGE = "Time is up: your answers were submitted.";
