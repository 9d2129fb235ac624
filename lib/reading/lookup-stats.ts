import "server-only";
import { sql } from "kysely";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { findOwnAssignmentOrThrow, teacherOwnsAssignment } from "../assignments/access";
import { findUsableLessonOrThrow } from "../content/lesson-access";
import { pagesDb } from "../sql";

export type LookedUpWord = { word: string; count: number };

const TOP = 10;

/** The words the assignment's students looked up most, most first: for its teachers only. */
export async function mostLookedUp(
  viewer: Viewer | null,
  assignmentId: string,
  limit = TOP,
): Promise<LookedUpWord[]> {
  const { id } = await findOwnAssignmentOrThrow(viewer, assignmentId, { id: true });
  return pagesDb
    .selectFrom("WordLookupCount")
    .select(["word", "count"])
    .where("assignmentId", "=", id)
    .orderBy("count", "desc")
    .orderBy("word")
    .limit(limit)
    .execute();
}

/** The same over every assignment of the lesson in the teacher's classes. */
export async function mostLookedUpInLesson(
  viewer: Viewer | null,
  lessonId: string,
  limit = TOP,
): Promise<LookedUpWord[]> {
  const teacher = requireTeacher(viewer);
  const lesson = await findUsableLessonOrThrow(teacher.id, lessonId, { id: true });
  const rows = await pagesDb
    .selectFrom("WordLookupCount as w")
    .innerJoin("Assignment as a", "a.id", "w.assignmentId")
    .select(["w.word", sql<string>`sum(w.count)`.as("total")])
    .where("a.lessonId", "=", lesson.id)
    .where((eb) => teacherOwnsAssignment(eb.ref("a.classId"), teacher.id))
    .groupBy("w.word")
    .orderBy("total", "desc")
    .orderBy("w.word")
    .limit(limit)
    .execute();
  return rows.map((r) => ({ word: r.word, count: Number(r.total) }));
}
