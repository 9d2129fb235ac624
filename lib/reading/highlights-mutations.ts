import "server-only";
import { requireStudent } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { AppError, notFound } from "../errors";
import { parseInput } from "../forms/parse";
import { pagesDb } from "../sql";
import { trimmedRange } from "./highlight-anchor";
import { readableLessonOrThrow } from "./highlights-access";
import { saveHighlightSchema } from "./highlights-schema";

/**
 * Stores one save of a student's highlight if it is newer than the stored one, as answers are stored
 * (lib/attempts/mutations.ts saveAnswer): one statement, the highest version wins, so a retry, a keepalive copy or a
 * save overtaken by a later one changes nothing. A delete is a save too (`deleted`), kept as a tombstone. The
 * offsets are trimmed of white space and checked against the passage, whose text the row keeps as its quote.
 */
export async function saveHighlight(viewer: Viewer | null, input: unknown) {
  const student = requireStudent(viewer);
  const data = parseInput(saveHighlightSchema, input);
  const lesson = await readableLessonOrThrow(student.id, data.lessonId, data.assignmentId);
  const range = trimmedRange(lesson.passage, data.start, data.end);
  if (!range || data.end > lesson.passage.length) {
    throw new AppError("invalid", "That text is not in the passage; select it again.");
  }
  const now = new Date();
  const row = {
    studentId: student.id,
    lessonId: lesson.id,
    assignmentId: data.assignmentId,
    startOffset: range.start,
    endOffset: range.end,
    quote: lesson.passage.slice(range.start, range.end),
    color: data.color,
    note: data.note,
    version: data.version,
    deletedAt: data.deleted ? now : null,
    updatedAt: now,
  };
  const { numInsertedOrUpdatedRows } = await pagesDb
    .insertInto("Highlight")
    .values({ id: data.id, ...row, createdAt: now })
    .onConflict((oc) =>
      oc
        .column("id")
        .doUpdateSet(row)
        // Only the same student's highlight of the same lesson, and only a newer save.
        .where("Highlight.studentId", "=", student.id)
        .where("Highlight.lessonId", "=", lesson.id)
        .where("Highlight.version", "<", data.version),
    )
    .executeTakeFirst();
  if (numInsertedOrUpdatedRows) return { saved: true, version: data.version };
  const held = await pagesDb
    .selectFrom("Highlight")
    .select("version")
    .where("id", "=", data.id)
    .where("studentId", "=", student.id)
    .where("lessonId", "=", lesson.id)
    .executeTakeFirst();
  // Another student's id (or another lesson's) answers as a missing highlight would.
  if (!held) throw notFound("Highlight");
  return { saved: false, version: held.version };
}
