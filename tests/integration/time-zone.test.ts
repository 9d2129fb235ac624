import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { pool, quizPool } from "../../lib/db-pool";
import { saveAnswer, startAttempt } from "../../lib/attempts/mutations";
import { expireAttemptIfPastDeadline } from "../../lib/attempts/expire";
import { getClassGradebook } from "../../lib/results/gradebook";
import { getLiveProgress } from "../../lib/results/live-progress";
import { expectAppError } from "../support/expect-app-error";
import { twoClassrooms } from "../support/scenario";
import { rightSingleChoice, singleChoiceSave } from "../support/single-choice";

// Neither the app's process nor the database's default zone is UTC here, and they disagree with each other: an
// instant must survive both. Node applies a TZ set at run time to every Date from then on.
const PROCESS_ZONE = "America/Los_Angeles";
const DATABASE_ZONE = "Asia/Kathmandu"; // +05:45, so a stray conversion cannot hide in whole hours
const previousZone = process.env.TZ;
process.env.TZ = PROCESS_ZONE;

// Just before Los Angeles moves its clocks forward (2026-03-08 02:00 local, 10:00 UTC).
const INSTANT = new Date("2026-03-08T09:59:59.123Z");

/** A client of the same database in its default zone, as a report tool or psql would see the data. */
const outsider = new pg.Client({ connectionString: process.env.DATABASE_URL });

beforeAll(async () => {
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  const { rows } = await admin.query<{ name: string }>("SELECT current_database() AS name");
  await admin.query(`ALTER DATABASE "${rows[0]!.name}" SET TimeZone = '${DATABASE_ZONE}'`);
  await admin.end();
  await outsider.connect();
});

afterAll(async () => {
  await outsider.end();
  if (previousZone === undefined) delete process.env.TZ;
  else process.env.TZ = previousZone;
});

/** The instant stored in a row's column, as the outsider reads it: seconds since the epoch, no zone involved. */
async function storedMs(table: string, column: string, id: string): Promise<number> {
  const { rows } = await outsider.query<{ epoch: string }>(
    `SELECT extract(epoch FROM "${column}")::text AS epoch FROM "${table}" WHERE id = $1`,
    [id],
  );
  return Math.round(Number(rows[0]!.epoch) * 1000);
}

describe("instants with neither the process nor the database in UTC", () => {
  it("runs where it says: the process in its zone, other sessions in the database's, the app's own in UTC", async () => {
    expect(INSTANT.getTimezoneOffset()).toBe(480);
    expect((await outsider.query<{ TimeZone: string }>("SHOW TimeZone")).rows[0]!.TimeZone).toBe(
      DATABASE_ZONE,
    );
    // Prisma's adapter is right only in UTC sessions (lib/db-pool-config.ts), which the pools ask for.
    for (const p of [pool, quizPool]) {
      expect((await p.query<{ TimeZone: string }>("SHOW TimeZone")).rows[0]!.TimeZone).toBe("UTC");
    }
    const viaPrisma = await db.$queryRaw<{ zone: string }[]>`SELECT current_setting('TimeZone') AS zone`;
    expect(viaPrisma[0]!.zone).toBe("UTC");
  });

  it("stores an instant and reads the same one back through Prisma, plain statements and JSON built in SQL", async () => {
    const { teacher, cls, assignment } = await twoClassrooms(1);
    await db.assignment.update({ where: { id: assignment.id }, data: { dueAt: INSTANT } });

    expect(await storedMs("Assignment", "dueAt", assignment.id)).toBe(INSTANT.getTime());
    const prisma = await db.assignment.findUniqueOrThrow({ where: { id: assignment.id } });
    expect(prisma.dueAt.toISOString()).toBe(INSTANT.toISOString());
    const { rows } = await pool.query<{ dueAt: Date }>(`SELECT "dueAt" FROM "Assignment" WHERE id = $1`, [
      assignment.id,
    ]);
    expect(rows[0]!.dueAt.toISOString()).toBe(INSTANT.toISOString());
    // The gradebook's columns come back as JSON text, which carries the session's offset.
    const book = await getClassGradebook(teacher, cls.id, {}, new Date("2026-03-01T00:00:00Z"));
    expect(book.assignments.map((a) => a.dueAt.toISOString())).toEqual([INSTANT.toISOString()]);

    // A Date sent as a parameter is the same instant in the database.
    for (const client of [pool, outsider]) {
      const { rows: sent } = await client.query<{ same: boolean }>(
        `SELECT "dueAt" = $2 AS same FROM "Assignment" WHERE id = $1`,
        [assignment.id, INSTANT],
      );
      expect(sent[0]!.same).toBe(true);
    }
  });

  it("compares an attempt's deadline with the database's clock as an instant: saves until it, refused and submitted at it after", async () => {
    const world = await twoClassrooms(1, { timeLimitMinutes: 10 });
    const student = world.students[0]!;
    const { id: attemptId } = await startAttempt(student, world.assignment.id);
    const key = await rightSingleChoice(world.assignment.id);
    const answer = (version: number) => singleChoiceSave(attemptId, key.questionId, key.id, version);
    const setDeadline = (deadlineAt: Date) =>
      db.attempt.update({ where: { id: attemptId }, data: { deadlineAt } });

    // Half a minute either side: any shift by the process's (-8 h) or the session's (+5:45) offset would flip it.
    await setDeadline(new Date(Date.now() + 30_000));
    await saveAnswer(student, attemptId, answer(1));
    const deadlineAt = new Date(Date.now() - 30_000);
    await setDeadline(deadlineAt);
    const refused = await expectAppError(saveAnswer(student, attemptId, answer(2)), "conflict");
    expect(refused.message).toMatch(/time is up/i);

    expect(await expireAttemptIfPastDeadline(student, world.assignment.id)).toBe(true);
    const stored = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(stored).toMatchObject({ status: "submitted", late: false, points: 1 });
    expect(stored.submittedAt!.toISOString()).toBe(deadlineAt.toISOString());
    expect(await storedMs("Attempt", "submittedAt", attemptId)).toBe(deadlineAt.getTime());
    const progress = await getLiveProgress(world.teacher, world.assignment.id);
    const row = progress.students.find((s) => s.id === student.id);
    expect(row?.submittedAt).toBe(deadlineAt.toISOString());
  });
});
