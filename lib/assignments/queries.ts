import "server-only";
import { pagesDb } from "../sql";
import { attemptCells, emptyCellStatus } from "../results/counted-attempts-sql";
import { provisionalCountedAttempt } from "../results/pending-points-sql";
import { scoreOverGraded, type GradedSoFar } from "../results/provisional";
import { requireStudent } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import type { WorkStatus } from "./status";

export type StudentAssignment = {
  id: string;
  title: string;
  className: string;
  dueAt: Date;
  status: WorkStatus;
  percent: number | null;
  /** The counted attempt's score over the points graded so far, while it is provisional (shown instead of percent). */
  gradedSoFar: GradedSoFar | null;
};

/**
 * What a student has to do, from the classes they are enrolled in only. Each assignment's status and counted percent
 * are the gradebook's cell for the student (attemptCells), so the dashboard and the teacher's view share one rule.
 */
export async function listStudentAssignments(viewer: Viewer | null, now = new Date()) {
  const student = requireStudent(viewer);
  const items: StudentAssignment[] = await pagesDb
    .with("asg", (db) =>
      db
        .selectFrom("Assignment as a")
        .innerJoin("Class as c", "c.id", "a.classId")
        .innerJoin("Lesson as l", "l.id", "a.lessonId")
        .select(["a.id", "a.dueAt", "a.scoringRule", "l.title", "c.name as className"])
        .where("a.openAt", "<=", now)
        .where("c.archivedAt", "is", null)
        .where((eb) =>
          eb.or([
            eb.exists(
              eb
                .selectFrom("Enrollment as e")
                .whereRef("e.classId", "=", "c.id")
                .where("e.studentId", "=", student.id)
                .where("e.endedAt", "is", null),
            ),
            // A class the student left keeps showing the work they did in it.
            eb.and([
              eb.exists(
                eb
                  .selectFrom("Enrollment as e")
                  .whereRef("e.classId", "=", "c.id")
                  .where("e.studentId", "=", student.id),
              ),
              eb.exists(
                eb
                  .selectFrom("Attempt as at")
                  .whereRef("at.assignmentId", "=", "a.id")
                  .where("at.studentId", "=", student.id),
              ),
            ]),
          ]),
        ),
    )
    .with("cell", (db) =>
      attemptCells({ students: student.id, assignments: db.selectFrom("asg").select(["id", "scoringRule"]) }),
    )
    .selectFrom("asg")
    .leftJoin("cell as c", "c.assignmentId", "asg.id")
    .leftJoinLateral(
      (eb) =>
        provisionalCountedAttempt({
          assignmentId: eb.ref("asg.id"),
          studentId: eb.val(student.id),
          scoringRule: eb.ref("asg.scoringRule"),
          status: eb.ref("c.status"),
        }).as("k"),
      (join) => join.onTrue(),
    )
    .select((eb) => [
      "asg.id",
      "asg.title",
      "asg.className",
      "asg.dueAt",
      eb.fn.coalesce("c.status", emptyCellStatus(eb.ref("asg.dueAt"), now)).as("status"),
      "c.counted as percent",
      "k.provisional",
      "k.points",
      "k.maxPoints",
      "k.pending",
    ])
    .orderBy("asg.dueAt")
    .orderBy("asg.id")
    .execute()
    .then((rows) =>
      rows.map(({ provisional, points, maxPoints, pending, ...item }): StudentAssignment => ({
        ...item,
        gradedSoFar: provisional ? scoreOverGraded({ points, maxPoints }, pending ?? 0) : null,
      })),
    );
  const done = new Set<WorkStatus>(["submitted", "late", "needs_grading"]);
  const open = items.filter((i) => !done.has(i.status));
  return {
    todo: open.filter((i) => i.dueAt >= now),
    // Past due and not submitted, whether started or not: the student can still act on these.
    late: open.filter((i) => i.dueAt < now),
    done: items.filter((i) => done.has(i.status)).reverse(),
  };
}
