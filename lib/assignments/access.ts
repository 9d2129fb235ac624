import "server-only";
import type { Expression, SqlBool } from "kysely";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { idSchema } from "../classes/schema";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { notFound } from "../errors";
import { expr } from "../sql";

/**
 * The one definition of "this teacher may act on this assignment": the assignment's class is theirs. Every read and
 * write of an assignment, its attempts or its results checks it through here, in Prisma (`teacherAssignmentWhere`)
 * or in SQL (`teacherOwnsAssignment`), so a change of the rule (co-teachers sharing a class) is made once.
 */
export const teacherAssignmentWhere = (teacherId: string) => ({ class: { teacherId } });

/** The same rule as a condition on an assignment's class id, for statements written with Kysely. */
export function teacherOwnsAssignment(classId: Expression<string>, teacherId: string): Expression<SqlBool> {
  return expr.exists(
    expr
      .selectFrom("Class as owned")
      .select("owned.id")
      .where("owned.id", "=", classId)
      .where("owned.teacherId", "=", teacherId),
  );
}

/** The teacher's own assignment with `select`, or not found (another teacher's answers like a missing one). */
export async function findOwnAssignmentOrThrow<S extends Prisma.AssignmentSelect>(
  viewer: Viewer | null,
  assignmentId: string,
  select: S,
): Promise<Prisma.AssignmentGetPayload<{ select: S }>> {
  const teacher = requireTeacher(viewer);
  const id = idSchema.safeParse(assignmentId);
  const found =
    id.success &&
    (await db.assignment.findFirst({
      where: { id: id.data, ...teacherAssignmentWhere(teacher.id) },
      select,
    }));
  if (!found) throw notFound("Assignment");
  return found as Prisma.AssignmentGetPayload<{ select: S }>;
}

/** The teacher's own assignment id, or not found. */
export async function ownAssignmentId(viewer: Viewer | null, assignmentId: string): Promise<string> {
  return (await findOwnAssignmentOrThrow(viewer, assignmentId, { id: true })).id;
}
