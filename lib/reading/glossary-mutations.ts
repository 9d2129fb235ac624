import "server-only";
import { randomUUID } from "node:crypto";
import { findOwnAssignmentOrThrow, teacherAssignmentWhere } from "../assignments/access";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { requireOwnLesson } from "../content/lesson-access";
import { db } from "../db";
import { notFound } from "../errors";
import { parseInput } from "../forms/parse";
import { pagesDb } from "../sql";
import { glossaryEntryRefSchema, glossaryEntrySchema } from "./glossary-schema";

type Owner = { lessonId: string } | { assignmentId: string };

/** One statement, so the same word sent twice at once updates the entry instead of failing on its unique key. */
async function upsertEntry(owner: Owner, input: unknown) {
  const entry = parseInput(glossaryEntrySchema, input);
  const key = "lessonId" in owner ? (["lessonId", "word"] as const) : (["assignmentId", "word"] as const);
  await pagesDb
    .insertInto("GlossaryEntry")
    .values({ id: randomUUID(), ...owner, ...entry })
    .onConflict((oc) =>
      oc.columns([...key]).doUpdateSet({ definition: entry.definition, example: entry.example }),
    )
    .execute();
  return { word: entry.word };
}

/** Adds (or replaces) a word of the teacher's own lesson's glossary; shared lessons are read-only. */
export async function saveLessonGlossaryEntry(viewer: Viewer | null, lessonId: string, input: unknown) {
  const { lesson } = await requireOwnLesson(viewer, lessonId);
  return upsertEntry({ lessonId: lesson.id }, input);
}

/** Adds (or replaces) a word of an assignment's glossary: for a shared lesson, whose own glossary is not editable. */
export async function saveAssignmentGlossaryEntry(
  viewer: Viewer | null,
  assignmentId: string,
  input: unknown,
) {
  const { id } = await findOwnAssignmentOrThrow(viewer, assignmentId, { id: true });
  return upsertEntry({ assignmentId: id }, input);
}

/** Removes an entry of the teacher's own lesson or of an assignment they teach; anything else is not found. */
export async function deleteGlossaryEntry(viewer: Viewer | null, input: unknown) {
  const teacher = requireTeacher(viewer);
  const { entryId } = parseInput(glossaryEntryRefSchema, input);
  const { count } = await db.glossaryEntry.deleteMany({
    where: {
      id: entryId,
      OR: [{ lesson: { ownerId: teacher.id } }, { assignment: teacherAssignmentWhere(teacher.id) }],
    },
  });
  if (count === 0) throw notFound("Glossary entry");
  return { id: entryId };
}
