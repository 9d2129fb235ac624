import { expect } from "@playwright/test";
import pg from "pg";

/**
 * Moves an assignment's one attempt back in time by `seconds`, start and deadline alike, in the e2e database the
 * server reads: to the server it is as if the student had started that much earlier. A test of what happens when
 * time runs out then waits seconds instead of the whole limit. The shift is relative, so it holds whatever the
 * columns' time zone handling.
 */
export async function startAttemptEarlier(assignmentId: string, seconds: number) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rowCount } = await client.query(
      `UPDATE "Attempt" SET "startedAt" = "startedAt" - make_interval(secs => $2),
         "deadlineAt" = "deadlineAt" - make_interval(secs => $2)
       WHERE "assignmentId" = $1`,
      [assignmentId, seconds],
    );
    expect(rowCount, `assignment ${assignmentId} has one attempt`).toBe(1);
  } finally {
    await client.end();
  }
}
