import "server-only";
import { requireStudent } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { getTeacherClassOrThrow } from "../classes/queries";
import { idSchema } from "../classes/schema";
import { pool } from "../db-pool";
import { notFound } from "../errors";
import { db } from "../db";
import { keyRelease, studentWindowSelect } from "../attempts/release";
import { skillResults, type SkillRow } from "./skill-breakdown";
import { STUDENT_COUNTED_CTE, skillBreakdownSql } from "./skills-sql";

export const ATTEMPTS_SQL = `
  SELECT at.id, a.id AS "assignmentId", l.title, at.number, at.status, at.late, at.provisional, at.percent,
    at."startedAt", at."submittedAt"
  FROM "Attempt" at
  JOIN "Assignment" a ON a.id = at."assignmentId"
  JOIN "Lesson" l ON l.id = a."lessonId"
  WHERE at."studentId" = $1 AND a."classId" = $2
  ORDER BY at."startedAt", at.number`;

const STUDENT_SQL = `
  SELECT u.id, u."displayName", u.username
  FROM "Enrollment" e JOIN "User" u ON u.id = e."studentId"
  WHERE e."classId" = $1 AND e."studentId" = $2`;

export const COUNTED_SCORES_SQL = `
  WITH ${STUDENT_COUNTED_CTE}
  SELECT c.id AS "attemptId", c."assignmentId", l.title, cl.name AS "className", c.percent, c.provisional,
    c."submittedAt"
  FROM counted c
  JOIN "Assignment" a ON a.id = c."assignmentId"
  JOIN "Lesson" l ON l.id = a."lessonId"
  JOIN "Class" cl ON cl.id = a."classId"
  ORDER BY c."submittedAt"`;

export type StudentAttemptRow = {
  id: string;
  assignmentId: string;
  title: string;
  number: number;
  status: "IN_PROGRESS" | "SUBMITTED";
  late: boolean;
  provisional: boolean;
  percent: number | null;
  startedAt: Date;
  submittedAt: Date | null;
};

export type CountedScore = {
  attemptId: string;
  assignmentId: string;
  title: string;
  className: string;
  percent: number;
  provisional: boolean;
  submittedAt: Date;
};

/** One student of the teacher's class: every attempt with score and date, and results by skill. */
export async function getStudentReport(viewer: Viewer | null, classId: string, studentId: string) {
  const cls = await getTeacherClassOrThrow(viewer, classId);
  const id = idSchema.safeParse(studentId);
  if (!id.success) throw notFound("Student");
  const [student, attempts, skills] = await Promise.all([
    pool.query<{ id: string; displayName: string; username: string | null }>(STUDENT_SQL, [cls.id, id.data]),
    pool.query<StudentAttemptRow>(ATTEMPTS_SQL, [id.data, cls.id]),
    pool.query<SkillRow>(skillBreakdownSql(STUDENT_COUNTED_CTE), [id.data, cls.id, null]),
  ]);
  if (!student.rows[0]) throw notFound("Student");
  return { class: cls, student: student.rows[0], attempts: attempts.rows, skills: skillResults(skills.rows) };
}

/** The student's submitted assignments whose keys are released to them now (keyRelease, as the review page). */
async function releasedAssignmentIds(studentId: string, now: Date): Promise<string[]> {
  const assignments = await db.assignment.findMany({
    where: { attempts: { some: { studentId, status: "SUBMITTED" } } },
    select: studentWindowSelect(studentId),
  });
  return assignments.filter((a) => keyRelease(a, now).released).map((a) => a.id);
}

/**
 * The signed-in student's progress across their classes: the counted score of each submitted assignment over time,
 * and strengths and weaknesses by skill from assignments whose answers are released.
 */
export async function getMyProgress(viewer: Viewer | null, now = new Date()) {
  const student = requireStudent(viewer);
  const [scores, skills] = await Promise.all([
    pool.query<CountedScore>(COUNTED_SCORES_SQL, [student.id, null, null]),
    releasedAssignmentIds(student.id, now).then((released) =>
      pool.query<SkillRow>(skillBreakdownSql(STUDENT_COUNTED_CTE), [student.id, null, released]),
    ),
  ]);
  return { scores: scores.rows, skills: skillResults(skills.rows) };
}
