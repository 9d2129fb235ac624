import "server-only";
import { db } from "../db";
import { requireStudent } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { countedPercent } from "./counted-score";
import { workStatus, type WorkStatus } from "./status";

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
