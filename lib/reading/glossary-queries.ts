import "server-only";
import { findOwnAssignmentOrThrow } from "../assignments/access";
import type { Viewer } from "../auth/viewer-types";
import { requireOwnLesson } from "../content/lesson-access";
import { db } from "../db";

export type GlossaryRow = { id: string; word: string; definition: string; example: string | null };

const FIELDS = { id: true, word: true, definition: true, example: true } as const;

/** The glossary of the teacher's own lesson, for its editor. */
export async function lessonGlossary(viewer: Viewer | null, lessonId: string): Promise<GlossaryRow[]> {
  const { lesson } = await requireOwnLesson(viewer, lessonId);
  return db.glossaryEntry.findMany({
    where: { lessonId: lesson.id },
    select: FIELDS,
    orderBy: { word: "asc" },
  });
}

/** The glossary of an assignment the teacher teaches, for its settings page. */
export async function assignmentGlossary(
  viewer: Viewer | null,
  assignmentId: string,
): Promise<GlossaryRow[]> {
  const { id } = await findOwnAssignmentOrThrow(viewer, assignmentId, { id: true });
  return db.glossaryEntry.findMany({ where: { assignmentId: id }, select: FIELDS, orderBy: { word: "asc" } });
}
