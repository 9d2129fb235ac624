import "server-only";
import { teacherOwnsAssignment } from "../assignments/access";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { idSchema } from "../classes/schema";
import { notFound } from "../errors";
import { countOf, pagesDb } from "../sql";

/**
 * The lean ownership check for endpoints polled every few seconds: one statement instead of loading the
 * assignment's questions. Another teacher's assignment answers not found, like a missing one.
 */
export async function getTeacherAssignmentScope(viewer: Viewer | null, assignmentId: string) {
  const teacher = requireTeacher(viewer);
  const id = idSchema.safeParse(assignmentId);
  if (!id.success) throw notFound("Assignment");
  const scope = await pagesDb
    .selectFrom("Assignment as a")
    .select((eb) => [
      "a.id",
      "a.classId",
      "a.dueAt",
      countOf(eb.selectFrom("AssignmentQuestion as aq").whereRef("aq.assignmentId", "=", "a.id")).as(
        "questionCount",
      ),
    ])
    .where("a.id", "=", id.data)
    .where((eb) => teacherOwnsAssignment(eb.ref("a.classId"), teacher.id))
    .executeTakeFirst();
  if (!scope) throw notFound("Assignment");
  return scope;
}
