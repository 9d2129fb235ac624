import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { withDatabase } from "../../lib/db-url";
import { DEMO_TEACHER } from "../../lib/seed/demo-accounts";
import { seedDemo } from "../../lib/seed/seed-demo";

const MIGRATION = "20261206060000_teacher_verification";
const serverUrl = process.env.DATABASE_URL!;
// Named like the per-file databases so the global teardown drops it even if this file crashes.
const scratch = `lectern_t_verify_${randomBytes(4).toString("hex")}`;
const admin = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });

afterAll(async () => {
  await admin.query(`DROP DATABASE IF EXISTS "${scratch}" WITH (FORCE)`);
  await admin.end();
});

const migrationSql = (name: string) =>
  readFileSync(path.join("prisma", "migrations", name, "migration.sql"), "utf8");

describe("teacher verification data", () => {
  it("the migration keeps every teacher who exists approved, and no student; new sign-ups start waiting", async () => {
    await admin.connect();
    await admin.query(`CREATE DATABASE "${scratch}"`);
    const client = new pg.Client({ connectionString: withDatabase(serverUrl, scratch) });
    await client.connect();
    try {
      const before = readdirSync(path.join("prisma", "migrations"), { withFileTypes: true })
        .filter((d) => d.isDirectory() && d.name < MIGRATION)
        .map((d) => d.name)
        .sort();
      for (const name of before) await client.query(migrationSql(name));
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
