import "server-only";
import { requireViewer } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { findUsableLessonOrThrow } from "../content/lesson-access";
import { teacherAssignmentWhere } from "../assignments/access";
import { db } from "../db";
import { notFound } from "../errors";

/** What a lookup reads in: the lesson, its assignment, and whether a student's lookup counts and is guarded. */
export type ReadingPlace = {
  lessonId: string;
  assignmentId: string | null;
  /** A student's lookup is counted for the teacher; a teacher's preview is not. */
  counted: boolean;
  /** The student has an attempt in progress: the quiz's vocabulary words are not looked up. */
  quizOpen: boolean;
};

/**
 * Who may look words up where: a student in an assignment of a class they are in (open, class not archived), a
 * teacher of the assignment's class, or a teacher in a lesson they may use (their own, or a shared one once
 * approved). Everything else answers "not found", as the assignment and lesson pages do.
 */
export async function readingPlaceOrThrow(
  viewer: Viewer | null,
  place: { assignmentId?: string; lessonId?: string },
  now = new Date(),
): Promise<ReadingPlace> {
  const v = requireViewer(viewer);
  if (place.lessonId !== undefined) {
    if (v.role !== "teacher") throw notFound("Lesson");
    const lesson = await findUsableLessonOrThrow(v.id, place.lessonId, { id: true });
    return { lessonId: lesson.id, assignmentId: null, counted: false, quizOpen: false };
  }
  const assignmentId = place.assignmentId ?? "";
  if (v.role === "teacher") {
    const a = await db.assignment.findFirst({
      where: { id: assignmentId, ...teacherAssignmentWhere(v.id) },
      select: { id: true, lessonId: true },
    });
    if (!a) throw notFound("Assignment");
    return { lessonId: a.lessonId, assignmentId: a.id, counted: false, quizOpen: false };
  }
  const a = await db.assignment.findFirst({
    where: {
      id: assignmentId,
      openAt: { lte: now },
      class: { archivedAt: null, enrollments: { some: { studentId: v.id, endedAt: null } } },
    },
    select: {
      id: true,
      lessonId: true,
      attempts: { where: { studentId: v.id, status: "in_progress" }, select: { id: true }, take: 1 },
    },
  });
  if (!a) throw notFound("Assignment");
  return { lessonId: a.lessonId, assignmentId: a.id, counted: true, quizOpen: a.attempts.length > 0 };
}
