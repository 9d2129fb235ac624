import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { answerKeyOf } from "../../lib/attempts/answer-key";
import { verifyPassword } from "../../lib/auth/password";
import { db } from "../../lib/db";
import { Skill } from "../../lib/generated/prisma/enums";
import { answerSchema } from "../../lib/grading/answer";
import { gradeAnswer } from "../../lib/grading/grade";
import { SERVER_CONDITION } from "../../scripts/lib/server-condition";
import { seedQuestionSelect } from "../../scripts/district/demo-questions";
import { districtPlan } from "../../scripts/district/plan";
import { DISTRICT_PASSWORD, DISTRICT_TARGET } from "../../scripts/district/target";

const run = promisify(execFile);
const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
const SCALE = 0.01;

/** Runs the real script against this test file's database. */
async function seedDistrict() {
  const args = [
    SERVER_CONDITION,
    "scripts/seed-district.ts",
    "--scale",
    String(SCALE),
    "--database-url",
    process.env.DATABASE_URL!,
  ];
  try {
    const { stdout, stderr } = await run(tsx, args, { env: { ...process.env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Rows breaking a rule; each query must come back empty. */
const count = async (sql: string) => Number((await db.$queryRawUnsafe<{ n: bigint }[]>(sql))[0]!.n);

describe("npm run seed:district", () => {
  const plan = districtPlan(SCALE);
  let first: Awaited<ReturnType<typeof seedDistrict>>;
  beforeAll(async () => {
    first = await seedDistrict();
  }, 120_000);

  it("creates the planned district and prints the benchmark's target", async () => {
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(DISTRICT_TARGET.teacherEmail);
    expect(first.stdout).toContain(DISTRICT_TARGET.studentUsername);
    expect(await db.user.count({ where: { email: { startsWith: "district-teacher-" } } })).toBe(
      plan.teachers,
    );
    expect(await db.user.count({ where: { username: { startsWith: "d-student-" } } })).toBe(plan.students);
    expect(await db.class.count({ where: { id: { startsWith: "dc_" } } })).toBe(plan.classes.length);
    expect(await db.assignment.count({ where: { id: { startsWith: "da_" } } })).toBe(plan.assignments);
    const target = await db.class.findUniqueOrThrow({
      where: { id: DISTRICT_TARGET.classId },
      select: {
        teacher: { select: { email: true } },
        _count: { select: { enrollments: true, assignments: true } },
      },
    });
    expect(target).toEqual({
      teacher: { email: DISTRICT_TARGET.teacherEmail },
      _count: { enrollments: 35, assignments: 40 },
    });
    const assignmentIds = await db.assignment.findMany({
      where: { classId: DISTRICT_TARGET.classId },
      select: { id: true },
    });
    expect(assignmentIds.map((a) => a.id).sort()).toEqual([...DISTRICT_TARGET.assignmentIds].sort());
    expect(await db.response.count()).toBeGreaterThan(plan.students * 100);
    // One hash serves every account: the benchmark signs in as the target's teacher and students with it.
    const accounts = await db.user.findMany({
      where: { OR: [{ email: DISTRICT_TARGET.teacherEmail }, { username: DISTRICT_TARGET.studentUsername }] },
      select: { passwordHash: true },
    });
    expect(accounts).toHaveLength(2);
    for (const { passwordHash } of accounts)
      expect(await verifyPassword(passwordHash, DISTRICT_PASSWORD)).toBe(true);
  });

  it("keeps every row consistent with its class, assignment and lesson", async () => {
    // Attempts only by students enrolled in the assignment's class.
    expect(
      await count(`SELECT count(*) AS n FROM "Attempt" t JOIN "Assignment" a ON a.id = t."assignmentId"
                   LEFT JOIN "Enrollment" e ON e."classId" = a."classId" AND e."studentId" = t."studentId"
                   WHERE e."studentId" IS NULL`),
    ).toBe(0);
    // Responses only to the questions the attempt's assignment was made with.
    expect(
      await count(`SELECT count(*) AS n FROM "Response" r JOIN "Attempt" t ON t.id = r."attemptId"
                   LEFT JOIN "AssignmentQuestion" aq ON aq."assignmentId" = t."assignmentId" AND aq."questionId" = r."questionId"
                   WHERE aq."questionId" IS NULL`),
    ).toBe(0);
    // Assignments made by the class's teacher, with the questions of their own lesson.
    expect(
      await count(`SELECT count(*) AS n FROM "Assignment" a JOIN "Class" c ON c.id = a."classId"
                   JOIN "AssignmentQuestion" aq ON aq."assignmentId" = a.id JOIN "Question" q ON q.id = aq."questionId"
                   WHERE a."createdById" <> c."teacherId" OR q."lessonId" <> a."lessonId"`),
    ).toBe(0);
    // Late means submitted after the due time; open attempts have no score yet.
    expect(
      await count(`SELECT count(*) AS n FROM "Attempt" t JOIN "Assignment" a ON a.id = t."assignmentId"
                   WHERE t.late IS DISTINCT FROM coalesce(t."submittedAt" > a."dueAt", false)
                      OR (t.status = 'in_progress' AND (t.points IS NOT NULL OR t."submittedAt" IS NOT NULL))`),
    ).toBe(0);
  });

  it("scores each submitted attempt as the sum of its responses' points, also per skill", async () => {
    const attempts = await db.$queryRawUnsafe<
      {
        points: number;
        maxPoints: number;
        provisional: boolean;
        sum: number;
        max: number;
        ungraded: boolean;
        skillSum: number;
        skills: number;
      }[]
    >(`SELECT t.points, t."maxPoints", t.provisional, s.sum, s.ungraded,
              (SELECT sum(p) FROM unnest(t."skillPoints") p) AS "skillSum",
              cardinality(t."skillPoints") AS skills,
              (SELECT sum(q.points) FROM "AssignmentQuestion" aq JOIN "Question" q ON q.id = aq."questionId"
               WHERE aq."assignmentId" = t."assignmentId")::float8 AS max
       FROM "Attempt" t JOIN (SELECT "attemptId", sum(coalesce(points, 0)) AS sum, bool_or(points IS NULL) AS ungraded
                              FROM "Response" GROUP BY 1) s ON s."attemptId" = t.id
       WHERE t.status = 'submitted'`);
    expect(attempts.length).toBeGreaterThan(1000);
    for (const a of attempts) {
      expect(a.points).toBeCloseTo(a.sum, 6);
      expect(a.maxPoints).toBe(a.max);
      expect(a.provisional).toBe(a.ungraded);
      expect(a.skills).toBe(Object.keys(Skill).length);
      expect(a.skillSum).toBeCloseTo(a.sum, 6);
    }
    expect(attempts.some((a) => a.provisional)).toBe(true);
  });

  it("grades every answer as lib/grading would, with right and wrong answers for each question", async () => {
    const questions = await db.question.findMany({ select: seedQuestionSelect });
    const keys = new Map(questions.map((q) => [q.id, answerKeyOf(q)]));
    const responses = await db.response.findMany({
      where: { attempt: { status: "submitted" } },
      select: { questionId: true, answer: true, points: true, correct: true },
    });
    const rightAnswers = new Set<string>();
    for (const r of responses) {
      const key = keys.get(r.questionId)!;
      if (key.type === "open_response") continue;
      const grade = gradeAnswer(key, answerSchema.parse(r.answer));
      // The seed stores no near flag (the column keeps its default), so only the score is compared.
      expect({ points: r.points, correct: r.correct }).toEqual({
        points: grade.points,
        correct: grade.correct,
      });
      if (grade.correct) rightAnswers.add(r.questionId);
    }
    const graded = questions.filter(
      (q) => q.type !== "open_response" && responses.some((r) => r.questionId === q.id),
    );
    expect(graded.filter((q) => !rightAnswers.has(q.id))).toEqual([]);
  });

  it("refuses a second run on the same database with exit code 2", async () => {
    const before = await db.response.count();
    const second = await seedDistrict();
    expect(second.code).toBe(2);
    expect(second.stderr).toContain("already holds district data");
    expect(await db.response.count()).toBe(before);
  }, 120_000);
});
