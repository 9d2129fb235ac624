import "server-only";
import { requireStudent } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { getTeacherClassOrThrow } from "../classes/queries";
import { idSchema } from "../classes/schema";
import { sql } from "kysely";
import { expr, pagesDb } from "../sql";
import { pendingPointsOf } from "./pending-points-sql";
import { scoreOverGraded, type GradedSoFar } from "./provisional";
import { notFound } from "../errors";
import { db } from "../db";
import { keyRelease, studentWindowSelect } from "../attempts/release";
import { skillResults } from "./skill-breakdown";
import { skillBreakdownQuery, studentCounted } from "./skills-sql";

/** The points still to grade of the attempt aliased "at", read only while it is provisional (0 otherwise). */
const pendingWhileProvisional = () =>
  expr
    .case()
    .when(sql.ref<boolean>("at.provisional"), "=", sql.lit(true))
    .then(pendingPointsOf(sql.ref<string>("at.id")))
    .else(sql.lit(0))
    .end();

/** Every attempt of one student in one class, with its assignment's title, in the order they were started. */
export function studentAttemptsQuery(studentId: string, classId: string) {
  return pagesDb
    .selectFrom("Attempt as at")
    .innerJoin("Assignment as a", "a.id", "at.assignmentId")
    .innerJoin("Lesson as l", "l.id", "a.lessonId")
    .select([
      "at.id",
      "a.id as assignmentId",
      "l.title",
      "at.number",
      "at.status",
      "at.late",
      "at.provisional",
      "at.percent",
      "at.points",
      "at.maxPoints",
      pendingWhileProvisional().as("pending"),
      "at.startedAt",
      "at.submittedAt",
    ])
    .where("at.studentId", "=", studentId)
    .where("a.classId", "=", classId)
    .orderBy("at.startedAt")
    .orderBy("at.number");
}

/** The student's counted score on each assignment they submitted, in the order they were submitted. */
export function countedScoresQuery(studentId: string) {
  return pagesDb
    .with("counted", () => studentCounted(studentId))
    .selectFrom("counted as c")
    .innerJoin("Assignment as a", "a.id", "c.assignmentId")
    .innerJoin("Lesson as l", "l.id", "a.lessonId")
    .innerJoin("Class as cl", "cl.id", "a.classId")
    .innerJoin("Attempt as at", "at.id", "c.id")
    .select([
      "c.id as attemptId",
      "c.assignmentId",
      "l.title",
      "cl.name as className",
      "c.percent",
      "c.provisional",
      "at.points",
      "at.maxPoints",
      pendingWhileProvisional().as("pending"),
      "c.submittedAt",
    ])
    .orderBy("c.submittedAt");
}

type ScoreRow = {
  provisional: boolean;
  points: number | null;
  maxPoints: number | null;
  pending: number;
};

/** A row of either query with its provisional score over the graded points, and without the parts that made it. */
function withGradedSoFar<R extends ScoreRow>(row: R) {
  const { points, maxPoints, pending, ...rest } = row;
  return { ...rest, gradedSoFar: row.provisional ? scoreOverGraded({ points, maxPoints }, pending) : null };
}

export type StudentAttemptRow = {
  id: string;
  assignmentId: string;
  title: string;
  number: number;
  status: "in_progress" | "submitted";
  late: boolean;
  provisional: boolean;
  percent: number | null;
  /** The score over the points graded so far, while provisional (shown instead of percent). */
  gradedSoFar: GradedSoFar | null;
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
  gradedSoFar: GradedSoFar | null;
  submittedAt: Date;
};

/** One student of the teacher's class: every attempt with score and date, and results by skill. */
export async function getStudentReport(viewer: Viewer | null, classId: string, studentId: string) {
  const cls = await getTeacherClassOrThrow(viewer, classId);
  const id = idSchema.safeParse(studentId);
  if (!id.success) throw notFound("Student");
  const [student, attempts, skills] = await Promise.all([
    pagesDb
      .selectFrom("Enrollment as e")
      .innerJoin("User as u", "u.id", "e.studentId")
      .select(["u.id", "u.displayName", "u.username", "e.endedAt as leftAt"])
      .where("e.classId", "=", cls.id)
      .where("e.studentId", "=", id.data)
      .executeTakeFirst(),
    studentAttemptsQuery(id.data, cls.id).execute(),
    skillBreakdownQuery(studentCounted(id.data, { classId: cls.id })).execute(),
  ]);
  if (!student) throw notFound("Student");
  const rows: StudentAttemptRow[] = attempts.map(withGradedSoFar);
  return { class: cls, student, attempts: rows, skills: skillResults(skills) };
}

/** The student's submitted assignments whose keys are released to them now (keyRelease, as the review page). */
async function releasedAssignmentIds(studentId: string, now: Date): Promise<string[]> {
  const assignments = await db.assignment.findMany({
    where: { attempts: { some: { studentId, status: "submitted" } } },
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
    countedScoresQuery(student.id).execute(),
    releasedAssignmentIds(student.id, now).then((released) =>
      skillBreakdownQuery(studentCounted(student.id, { assignmentIds: released })).execute(),
    ),
  ]);
  const rows: CountedScore[] = scores.map(withGradedSoFar);
  return { scores: rows, skills: skillResults(skills) };
}
