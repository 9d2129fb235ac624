import "server-only";
import { db } from "../db";
import { notFound } from "../errors";
import { parseInput } from "../forms/parse";
import type { Viewer } from "../auth/viewer-types";
import { ownAssignmentId } from "./access";
import { accommodationSchema, updateAssignmentSchema } from "./schema";

export async function updateAssignment(viewer: Viewer | null, assignmentId: string, input: unknown) {
  const id = await ownAssignmentId(viewer, assignmentId);
  const data = parseInput(updateAssignmentSchema, input);
  return db.assignment.update({ where: { id }, data, select: { id: true } });
}

/** Closing stops new attempts and saves at once; reopening allows them again within the late policy. */
export async function closeAssignment(viewer: Viewer | null, assignmentId: string, close: boolean) {
  const id = await ownAssignmentId(viewer, assignmentId);
  return db.assignment.update({
    where: { id },
    data: { closedAt: close ? new Date() : null },
    select: { id: true },
  });
}

export async function setAccommodation(viewer: Viewer | null, assignmentId: string, input: unknown) {
  const id = await ownAssignmentId(viewer, assignmentId);
  const data = parseInput(accommodationSchema, input);
  const enrolled = await db.enrollment.findFirst({
    where: { studentId: data.studentId, class: { assignments: { some: { id } } } },
    select: { studentId: true },
  });
  if (!enrolled) throw notFound("Student");
  const values = { timeFactor: data.timeFactor, extraAttempts: data.extraAttempts };
  await db.accommodation.upsert({
    where: { assignmentId_studentId: { assignmentId: id, studentId: data.studentId } },
    create: { assignmentId: id, studentId: data.studentId, ...values },
    update: values,
  });
  return { studentId: data.studentId };
}
