import { db } from "../db";
import { gradeAndSubmit, type LockedAttempt } from "./grade-attempt";
import { inTransaction } from "./pool-transaction";

/**
 * Submits attempts whose time limit has passed, with the answers saved by then, whether or not the
 * student's browser is still open. Safe on many app servers at once: each attempt is locked, and one
 * already locked by another server or a student's own submit is skipped.
 */
export async function submitExpiredAttempts(now = new Date(), limit = 100): Promise<number> {
  const due = await db.attempt.findMany({
    where: { status: "IN_PROGRESS", deadlineAt: { lte: now } },
    select: { id: true },
    take: limit,
  });
  let submitted = 0;
  for (const { id } of due) {
    await inTransaction(async (client) => {
      const { rows } = await client.query<LockedAttempt & { deadlineAt: Date }>(
        `SELECT a.id, a."assignmentId", a."deadlineAt" AT TIME ZONE 'UTC' AS "deadlineAt",
           asg."dueAt" AT TIME ZONE 'UTC' AS "dueAt" FROM "Attempt" a
         JOIN "Assignment" asg ON asg.id = a."assignmentId"
         WHERE a.id = $1 AND a.status = 'IN_PROGRESS' FOR UPDATE OF a SKIP LOCKED`,
        [id],
      );
      const attempt = rows[0];
      if (!attempt) return;
      await gradeAndSubmit(client, attempt, attempt.deadlineAt);
      submitted++;
    });
  }
  return submitted;
}
