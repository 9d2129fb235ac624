import "server-only";
import { db } from "../db";
import { notFound } from "../errors";

/**
 * The lesson a student may highlight, with its passage: the lesson of an assignment that has opened, of a class
 * (not archived) they are in now. A student who left the class still sees their past work there but adds nothing
 * to it, as with attempts. With an assignment id, it must be that assignment. Anything else (another class's
 * lesson, a made-up id) is not found.
 */
export async function readableLessonOrThrow(
  studentId: string,
  lessonId: string,
  assignmentId: string | null,
  now = new Date(),
) {
  const assignment = await db.assignment.findFirst({
    where: {
      ...(assignmentId ? { id: assignmentId } : {}),
      lessonId,
      openAt: { lte: now },
      class: { archivedAt: null, enrollments: { some: { studentId, endedAt: null } } },
    },
    select: { lesson: { select: { id: true, passage: true } } },
  });
  if (!assignment) throw notFound("Lesson");
  return assignment.lesson;
}
