import type { ReleasePolicy } from "../generated/prisma/enums";
import { keyShowable, type AttemptWindow } from "./attempt-rules";

/** Whether a student may now see right answers and explanations for one of their submitted attempts. */
export function answersReleased(policy: ReleasePolicy, dueAt: Date, now: Date): boolean {
  switch (policy) {
    case "after_submit":
      return true;
    case "after_due":
      return now.getTime() >= dueAt.getTime();
    case "never":
      return false;
  }
}

/** An assignment as read for one student: its window, with that student's accommodation (none or one). */
export type StudentAssignmentWindow = Omit<AttemptWindow, "extraAttempts"> & {
  releasePolicy: ReleasePolicy;
  accommodations: { extraAttempts: number }[];
};

/** What keyRelease reads of an assignment, for one student (a Prisma select). */
export const studentWindowSelect = (studentId: string) =>
  ({
    id: true,
    dueAt: true,
    closedAt: true,
    latePolicy: true,
    attemptsAllowed: true,
    releasePolicy: true,
    accommodations: { where: { studentId }, select: { extraAttempts: true } },
    attempts: { where: { studentId }, select: { status: true } },
  }) as const;

/** The student's attempt window on an assignment read with its accommodations for that student. */
export const attemptWindow = (
  a: Omit<AttemptWindow, "extraAttempts"> & { accommodations: { extraAttempts: number }[] },
): AttemptWindow => ({ ...a, extraAttempts: a.accommodations[0]?.extraAttempts ?? 0 });

/**
 * The one rule for showing a student what their answers were worth, question by question: the release policy
 * allows it and the student can no longer use it (no attempt open, none left to start). The attempt review shows
 * keys by it, and the student's skill view counts only assignments it releases, since a per-skill score on a
 * one-question skill would otherwise give an answer away.
 */
export function keyRelease(a: StudentAssignmentWindow, now: Date) {
  const policyAllows = answersReleased(a.releasePolicy, a.dueAt, now);
  const released = policyAllows && keyShowable(attemptWindow(a), now);
  /** Why the key is hidden: the policy (or the teacher) has not released it, or the student may still use it. */
  const withheldFor = released
    ? null
    : policyAllows
      ? ("attempts_left" as const)
      : ("release_policy" as const);
  return { released, withheldFor };
}
