import "server-only";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { db } from "../db";
import { AppError } from "../errors";

/**
 * Who may review a draft: the teacher who owns its lesson, while the lesson is still a draft. Anyone else's draft,
 * a published lesson's question, or a junk id is not found (never forbidden, so ids reveal nothing).
 */
export async function ownDraftQuestionOrThrow(
  viewer: Viewer | null,
  questionId: string,
  { rejected = false }: { rejected?: boolean } = {},
) {
  const teacher = requireTeacher(viewer);
  const q = await db.question.findFirst({
    where: {
      id: questionId,
      // In a draft lesson a question is retired only by Reject: drafts are never assigned, so never versioned.
      retiredAt: rejected ? { not: null } : null,
      lesson: { ownerId: teacher.id, status: "draft" },
    },
    select: { id: true, lessonId: true, lesson: { select: { articleId: true } } },
  });
  if (!q)
    throw new AppError(
      "not_found",
      rejected
        ? "That rejected draft was not found, or it is no longer rejected."
        : "That draft question was not found, or you do not have access to it.",
    );
  return q;
}

/** A draft lesson of the teacher's, or not found. */
export async function ownDraftLessonOrThrow(viewer: Viewer | null, lessonId: string) {
  const teacher = requireTeacher(viewer);
  const lesson = await db.lesson.findFirst({
    where: { id: lessonId, ownerId: teacher.id, status: "draft" },
    select: { id: true, articleId: true, title: true, passageStart: true, passageEnd: true },
  });
  if (!lesson)
    throw new AppError("not_found", "That draft lesson was not found, or you do not have access to it.");
  return lesson;
}
