import pg from "pg";
import { describe, expect, it } from "vitest";
import { migrationSql, scratchDatabaseBefore } from "../support/migration-scratch";

const MIGRATION = "20261207100000_snake_case_enums";
const openScratch = scratchDatabaseBefore("enums", MIGRATION);

// The labels as the migrations before this one created them (this file is left whole by the codemod).
const TYPES = [
  "SINGLE_CHOICE",
  "MULTIPLE_SELECT",
  "TRUE_FALSE",
  "SHORT_ANSWER",
  "ORDERING",
  "OPEN_RESPONSE",
  "EVIDENCE",
];
const SKILLS = [
  "MAIN_IDEA",
  "DETAIL",
  "VOCABULARY",
  "SEQUENCE",
  "PERSPECTIVE",
  "CLAIM_VS_CRITICISM",
  "INFERENCE",
  "FACT_OPINION",
];

/** Every enum-typed column of the rows below, as text. */
async function enumColumns(client: pg.Client) {
  const q = async (sql: string) => (await client.query(sql)).rows;
  return {
    users: await q(`SELECT id, role::text FROM "User" ORDER BY id`),
    lessons: await q(`SELECT id, status::text FROM "Lesson" ORDER BY id`),
    questions: await q(`SELECT id, type::text, skill::text FROM "Question" ORDER BY id`),
    assignments: await q(`SELECT id, "latePolicy"::text, "scoringRule"::text, "releasePolicy"::text
      FROM "Assignment" ORDER BY id`),
    attempts: await q(`SELECT id, status::text, "skillPoints" FROM "Attempt" ORDER BY id`),
    enums: await q(`SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname ORDER BY 1`),
  };
}

/** The same value with every string in it lowercased: what the renaming should have made of it. */
const lowered = (value: unknown): unknown =>
  typeof value === "string"
    ? value.toLowerCase()
    : Array.isArray(value)
      ? value.map(lowered)
      : value && typeof value === "object" && !(value instanceof Date)
        ? Object.fromEntries(
            Object.entries(value).map(([k, v]) => [k, k === "id" || k === "name" ? v : lowered(v)]),
          )
        : value;

describe("the snake_case enums migration", () => {
  it("renames every value in place: each row keeps its value, defaults and the Skill order follow", async () => {
    const client = await openScratch();
    try {
      await client.query(`
        INSERT INTO "User" (id, role, email, username, "displayName", "passwordHash") VALUES
          ('t1', 'TEACHER', 't1@school.test', NULL, 'Teacher', 'x'),
          ('s1', 'STUDENT', NULL, 's1', 'Student', 'x');
        INSERT INTO "Class" (id, name, "joinCode", "teacherId") VALUES ('c1', 'Class', 'JOIN01', 't1');
        INSERT INTO "Article" (id, slug, title, byline, text) VALUES ('ar1', 'a', 'A', 'B', 'Text.');
        INSERT INTO "Lesson" (id, "articleId", title, objectives, passage, "passageStart", "passageEnd",
            "readingMinutes", "ownerId", "updatedAt")
          VALUES ('l1', 'ar1', 'Draft by default', '{}', 'Text.', 0, 5, 1, 't1', now());
        INSERT INTO "Lesson" (id, "articleId", title, objectives, passage, "passageStart", "passageEnd",
            "readingMinutes", status, "updatedAt")
          VALUES ('l2', 'ar1', 'Published', '{}', 'Text.', 0, 5, 1, 'PUBLISHED', now());
        INSERT INTO "Assignment" (id, "lessonId", "classId", "createdById", "openAt", "dueAt")
          VALUES ('as1', 'l2', 'c1', 't1', now(), now() + interval '1 day');
        INSERT INTO "Assignment" (id, "lessonId", "classId", "createdById", "openAt", "dueAt", "latePolicy",
            "scoringRule", "releasePolicy")
          VALUES ('as2', 'l2', 'c1', 't1', now(), now() + interval '1 day', 'CLOSE', 'LATEST', 'NEVER'),
                 ('as3', 'l2', 'c1', 't1', now(), now() + interval '1 day', 'ACCEPT_LATE', 'BEST', 'AFTER_DUE');
        INSERT INTO "Attempt" (id, "assignmentId", "studentId", number) VALUES ('at1', 'as1', 's1', 1);
        INSERT INTO "Attempt" (id, "assignmentId", "studentId", number, status, "skillPoints")
          VALUES ('at2', 'as2', 's1', 1, 'SUBMITTED', '{1,0,2,0,0,0,0.5,3}');`);
      for (const [i, skill] of SKILLS.entries()) {
        await client.query(
          `INSERT INTO "Question" (id, "lessonId", position, type, prompt, points, skill, explanation,
             "citationText", "citationStart", "citationEnd", "acceptedAnswers")
           VALUES ($1, 'l2', $2, $3, 'Prompt', 1, $4, 'Why', 'Text.', 0, 5, '{}')`,
          [`q${i}`, i, TYPES[i % TYPES.length], skill],
        );
      }
      const old = await enumColumns(client);
      expect(old.users).toEqual([
        { id: "s1", role: "STUDENT" },
        { id: "t1", role: "TEACHER" },
      ]);
      expect(old.lessons).toEqual([
        { id: "l1", status: "DRAFT" },
        { id: "l2", status: "PUBLISHED" },
      ]);
      expect(old.questions).toHaveLength(8);

      await client.query(migrationSql(MIGRATION));

      // Every stored value (defaults included) is the same value, spelled in lowercase; every enum keeps its order.
      expect(await enumColumns(client)).toEqual(lowered(old));
      // Defaults give the new spelling to new rows.
      await client.query(`
        INSERT INTO "Lesson" (id, "articleId", title, objectives, passage, "passageStart", "passageEnd",
            "readingMinutes", "updatedAt")
          VALUES ('l3', 'ar1', 'New', '{}', 'Text.', 0, 5, 1, now());
        INSERT INTO "Assignment" (id, "lessonId", "classId", "createdById", "openAt", "dueAt")
          VALUES ('as4', 'l2', 'c1', 't1', now(), now());
        INSERT INTO "Attempt" (id, "assignmentId", "studentId", number) VALUES ('at3', 'as4', 's1', 1);`);
      const { rows } = await client.query(
        `SELECT l.status::text AS lesson, a."latePolicy"::text AS late, a."scoringRule"::text AS rule,
           a."releasePolicy"::text AS release, at.status::text AS attempt
         FROM "Lesson" l, "Assignment" a, "Attempt" at WHERE l.id = 'l3' AND a.id = 'as4' AND at.id = 'at3'`,
      );
      expect(rows).toEqual([
        {
          lesson: "draft",
          late: "accept_late",
          rule: "best",
          release: "after_submit",
          attempt: "in_progress",
        },
      ]);
      // A server still on the previous release, which sends the old labels, is refused (README, Deploying).
      await expect(
        client.query(`SELECT count(*) FROM "Attempt" WHERE status = 'SUBMITTED'`),
      ).rejects.toMatchObject({
        code: "22P02",
      });
    } finally {
      await client.end();
    }
  });
});
