import "server-only";
import { sql } from "kysely";
import { db } from "../db";
import { requireStudent } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { idSchema } from "../classes/schema";
import { gradeAndSubmit } from "./grade-attempt";
import { onConnection } from "../sql";
import { inTransaction } from "./pool-transaction";

/**
 * Locks one attempt and, when it is still in progress and its time limit has passed, submits it with the answers
 * saved by then, dated at its deadline. `skipLocked` leaves an attempt another server or the student's own submit
 * is holding to that one; without it, the caller waits and then sees the attempt submitted.
 */
async function submitIfPastDeadline(attemptId: string, now: Date, skipLocked: boolean): Promise<boolean> {
  return inTransaction(async (client) => {
    const attempt = await onConnection(client)
      .selectFrom("Attempt as a")
      .innerJoin("Assignment as asg", "asg.id", "a.assignmentId")
      .select(["a.id", "a.assignmentId", "a.deadlineAt", "asg.dueAt"])
      .where("a.id", "=", attemptId)
      .where("a.status", "=", sql.lit("in_progress"))
      .forUpdate("a")
      .$if(skipLocked, (locked) => locked.skipLocked())
      .executeTakeFirst();
    if (!attempt?.deadlineAt || attempt.deadlineAt > now) return false;
    await gradeAndSubmit(client, attempt, attempt.deadlineAt);
    return true;
  });
}

/**
 * The server is the clock: submits the student's attempt on this assignment whose time limit has passed, with what
 * was saved. The quiz page calls this before reading the quiz, so a student coming back after the deadline sees the
 * attempt submitted even when the sweep has not come round yet; reads themselves never write.
 */
export async function expireAttemptIfPastDeadline(
  viewer: Viewer | null,
  assignmentId: string,
  now = new Date(),
): Promise<boolean> {
  const student = requireStudent(viewer);
  // Not an id at all: no attempt of it to expire, and the read answers not found.
  if (!idSchema.safeParse(assignmentId).success) return false;
  const expired = await db.attempt.findFirst({
    where: { assignmentId, studentId: student.id, status: "in_progress", deadlineAt: { lte: now } },
    select: { id: true },
  });
  return expired !== null && submitIfPastDeadline(expired.id, now, false);
}

/**
 * Submits attempts whose time limit has passed, with the answers saved by then, whether or not the
 * student's browser is still open. Safe on many app servers at once: each attempt is locked, and one
 * already locked by another server or a student's own submit is skipped.
 */
export async function submitExpiredAttempts(now = new Date(), limit = 100): Promise<number> {
  const due = await db.attempt.findMany({
    where: { status: "in_progress", deadlineAt: { lte: now } },
    select: { id: true },
    take: limit,
  });
  let submitted = 0;
  for (const { id } of due) {
    if (await submitIfPastDeadline(id, now, true)) submitted++;
  }
  return submitted;
}
