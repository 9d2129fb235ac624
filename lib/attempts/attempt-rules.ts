import type { AttemptStatus, LatePolicy } from "../generated/prisma/enums";

/** What decides whether a student may start another attempt on an assignment. */
export type AttemptWindow = {
  dueAt: Date;
  closedAt: Date | null;
  latePolicy: LatePolicy;
  attemptsAllowed: number | null;
  extraAttempts: number;
  attempts: { status: AttemptStatus }[];
};

/**
 * Closed by the teacher, or due when late work is not accepted: from the due instant on, as the save statement
 * reads it (attempt-rules-sql.ts's takesWork, held equal by a parity test).
 */
export const isClosed = (a: Pick<AttemptWindow, "dueAt" | "closedAt" | "latePolicy">, now: Date) =>
  a.closedAt !== null || (a.latePolicy === "close" && now.getTime() >= a.dueAt.getTime());

/** Attempts this student may make in all (the accommodation's extra ones included); null means unlimited. */
export const allowedAttempts = (a: Pick<AttemptWindow, "attemptsAllowed" | "extraAttempts">) =>
  a.attemptsAllowed === null ? null : a.attemptsAllowed + a.extraAttempts;

/** Whether the student has attempts left to start, on an assignment that is still open. */
export function hasAttemptsLeft(a: AttemptWindow, now: Date): boolean {
  const allowed = allowedAttempts(a);
  return !isClosed(a, now) && (allowed === null || a.attempts.length < allowed);
}

/**
 * Whether the answer key may be shown to the student, given that the release policy allows it: not while an
 * attempt is open (the key would be one tab away) nor while they can start another (a blank first attempt would
 * hand them the answers for a counted second).
 */
export function keyShowable(a: AttemptWindow, now: Date): boolean {
  return !a.attempts.some((x) => x.status === "in_progress") && !hasAttemptsLeft(a, now);
}
