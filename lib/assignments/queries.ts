import "server-only";
import { pagesDb } from "../sql";
import { attemptCells, emptyCellStatus } from "../results/counted-attempts-sql";
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
    .select((eb) => [
      "asg.id",
      "asg.title",
      "asg.className",
      "asg.dueAt",
      eb.fn.coalesce("c.status", emptyCellStatus(eb.ref("asg.dueAt"), now)).as("status"),
      "c.counted as percent",
    ])
    .orderBy("asg.dueAt")
    .orderBy("asg.id")
    .execute();
  const done = new Set<WorkStatus>(["submitted", "late", "needs_grading"]);
  const open = items.filter((i) => !done.has(i.status));
  return {
    todo: open.filter((i) => i.dueAt >= now),
    // Past due and not submitted, whether started or not: the student can still act on these.
    late: open.filter((i) => i.dueAt < now),
    done: items.filter((i) => done.has(i.status)).reverse(),
  };
}
