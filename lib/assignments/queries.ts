import { db } from "../db";
import { requireStudent } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { getTeacherClassOrThrow } from "../classes/queries";
import { countedPercent } from "./counted-score";
import { workStatus, type WorkStatus } from "./status";

export type GradebookCell = { status: WorkStatus; percent: number | null };

/** A class's roster by assignment: each student's status and counted score. Teachers of the class only. */
export async function getClassGradebook(viewer: Viewer | null, classId: string, now = new Date()) {
  const cls = await getTeacherClassOrThrow(viewer, classId);
  const [students, assignments, attempts] = await Promise.all([
    db.enrollment.findMany({
      where: { classId: cls.id },
      orderBy: { student: { displayName: "asc" } },
      select: { student: { select: { id: true, displayName: true, username: true } } },
    }),
    db.assignment.findMany({
      where: { classId: cls.id },
      orderBy: { dueAt: "asc" },
      select: { id: true, dueAt: true, scoringRule: true, lesson: { select: { title: true } } },
    }),
    db.attempt.findMany({
      where: { assignment: { classId: cls.id } },
      select: {
        assignmentId: true,
        studentId: true,
        status: true,
        late: true,
        provisional: true,
        percent: true,
        submittedAt: true,
      },
    }),
  ]);

  const byCell = new Map<string, typeof attempts>();
  for (const a of attempts) {
    const key = `${a.studentId}:${a.assignmentId}`;
    byCell.set(key, [...(byCell.get(key) ?? []), a]);
  }
  const rows = students.map(({ student }) => ({
    student,
    cells: assignments.map((asg): GradebookCell => {
      const mine = byCell.get(`${student.id}:${asg.id}`) ?? [];
      return { status: workStatus(mine, asg.dueAt, now), percent: countedPercent(mine, asg.scoringRule) };
    }),
  }));
  return {
    class: cls,
    assignments: assignments.map((a) => ({ id: a.id, title: a.lesson.title, dueAt: a.dueAt })),
    rows,
  };
}

export type StudentAssignment = {
  id: string;
  title: string;
  className: string;
  dueAt: Date;
  status: WorkStatus;
  percent: number | null;
};

/** What a student has to do, from the classes they are enrolled in only. */
export async function listStudentAssignments(viewer: Viewer | null, now = new Date()) {
  const student = requireStudent(viewer);
  const assignments = await db.assignment.findMany({
    where: {
      openAt: { lte: now },
      class: { archivedAt: null, enrollments: { some: { studentId: student.id } } },
    },
    orderBy: { dueAt: "asc" },
    select: {
      id: true,
      dueAt: true,
      scoringRule: true,
      lesson: { select: { title: true } },
      class: { select: { name: true } },
      attempts: {
        where: { studentId: student.id },
        select: { status: true, late: true, provisional: true, percent: true, submittedAt: true },
      },
    },
  });
  const items: StudentAssignment[] = assignments.map((a) => {
    return {
      id: a.id,
      title: a.lesson.title,
      className: a.class.name,
      dueAt: a.dueAt,
      status: workStatus(a.attempts, a.dueAt, now),
      percent: countedPercent(a.attempts, a.scoringRule),
    };
  });
  const done = new Set<WorkStatus>(["submitted", "late", "needs_grading"]);
  const open = items.filter((i) => !done.has(i.status));
  return {
    todo: open.filter((i) => i.dueAt >= now),
    // Past due and not submitted, whether started or not: the student can still act on these.
    late: open.filter((i) => i.dueAt < now),
    done: items.filter((i) => done.has(i.status)).reverse(),
  };
}
