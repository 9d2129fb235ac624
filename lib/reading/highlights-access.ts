import "server-only";
import { db } from "../db";
import { notFound } from "../errors";

/**
 * The lesson a student may read, with its passage: it is the lesson of an assignment of a class they are in (not
 * archived) that has opened, as on their assignment page (lib/attempts/queries.ts). With an assignment id, it must be
 * that assignment. Anything else (another class's lesson, a made-up id) is not found.
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
      class: { archivedAt: null, enrollments: { some: { studentId } } },
    },
    select: { lesson: { select: { id: true, passage: true } } },
  });
  if (!assignment) throw notFound("Lesson");
  return assignment.lesson;
}
