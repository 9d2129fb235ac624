import "server-only";
import type { Expression, SqlBool } from "kysely";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { idSchema } from "../classes/schema";
import { taughtClassWhere, teachesClass } from "../classes/access";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { notFound } from "../errors";

/**
 * "This teacher may act on this assignment": they teach its class, as its owner or a co-teacher
 * (lib/classes/access.ts, the one home of the rule). Every read and write of an assignment, its attempts or its
 * results checks it through here, in Prisma (`teacherAssignmentWhere`) or in SQL (`teacherOwnsAssignment`).
 */
export const teacherAssignmentWhere = (teacherId: string) => ({ class: taughtClassWhere(teacherId) });

/** The same rule as a condition on an assignment's class id, for statements written with Kysely. */
export function teacherOwnsAssignment(classId: Expression<string>, teacherId: string): Expression<SqlBool> {
  return teachesClass(classId, teacherId);
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
