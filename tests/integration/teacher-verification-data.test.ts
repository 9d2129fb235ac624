import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { DEMO_TEACHER } from "../../lib/seed/demo-accounts";
import { seedDemo } from "../../lib/seed/seed-demo";
import { migrationSql, scratchDatabaseBefore } from "../support/migration-scratch";

const MIGRATION = "20261206060000_teacher_verification";
const openScratch = scratchDatabaseBefore("verify", MIGRATION);

describe("teacher verification data", () => {
  it("the migration keeps every teacher who exists approved, and no student; new sign-ups start waiting", async () => {
    const client = await openScratch();
    try {
      // The enum's labels as they were at this migration, before 20261207100000_snake_case_enums renamed them.
      await client.query(
        `INSERT INTO "User" (id, role, email, username, "displayName", "passwordHash") VALUES
           ('t1', 'TEACHER', 't1@school.test', NULL, 'Existing teacher', 'x'),
           ('s1', 'STUDENT', NULL, 's1', 'Existing student', 'x')`,
      );
      await client.query(migrationSql(MIGRATION));
      await client.query(
        `INSERT INTO "User" (id, role, email, "displayName", "passwordHash")
         VALUES ('t2', 'TEACHER', 't2@school.test', 'New teacher', 'x')`,
      );
      const { rows } = await client.query<{ id: string; approved: boolean; isAdmin: boolean }>(
        `SELECT id, "verifiedAt" IS NOT NULL AS approved, "isAdmin" FROM "User" ORDER BY id`,
      );
      expect(rows).toEqual([
        { id: "s1", approved: false, isAdmin: false },
        { id: "t1", approved: true, isAdmin: false },
        { id: "t2", approved: false, isAdmin: false },
      ]);
    } finally {
      await client.end();
    }
  });

  it("the demo seed approves the demo teacher and makes nobody an administrator", async () => {
    expect(await db.user.count()).toBe(0);
    expect(await seedDemo(db)).toEqual({ seededSchool: true });
    const teacher = await db.user.findUniqueOrThrow({ where: { email: DEMO_TEACHER.email } });
    expect(teacher.verifiedAt).not.toBeNull();
    expect(await db.user.count({ where: { isAdmin: true } })).toBe(0);
  }, 60_000);
});
