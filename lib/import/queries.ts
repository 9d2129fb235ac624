import "server-only";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { db } from "../db";
import { questionWithKeySelect } from "../attempts/question-select";
import { idSchema } from "../classes/schema";
import { AppError } from "../errors";

// A draft shows everything the teacher decides on: the key included (drafts never reach students unreviewed).
const draftSelect = { ...questionWithKeySelect, acceptedAt: true, retiredAt: true } as const;

/**
 * An imported article's draft review: only its owning teacher sees it; anyone else's gets not_found. Each lesson
 * lists its live questions (accepted or undecided) and, while it is a draft, the rejected ones, which can be
 * restored.
 */
export async function getImportReview(viewer: Viewer | null, articleId: string) {
  const teacher = requireTeacher(viewer);
  const id = idSchema.safeParse(articleId);
  const article = !id.success
    ? null
    : await db.article.findFirst({
        where: { id: id.data, ownerId: teacher.id },
        select: {
          id: true,
          title: true,
          byline: true,
          lessons: {
            where: { ownerId: teacher.id },
            orderBy: { position: "asc" },
            select: {
              id: true,
              title: true,
              status: true,
              questions: {
                // A published lesson's retired questions are old versions, not rejected drafts.
                where: { OR: [{ retiredAt: null }, { lesson: { status: "draft" } }] },
                orderBy: [{ position: "asc" }, { createdAt: "asc" }],
                select: draftSelect,
              },
            },
          },
        },
      });
  if (!article)
    throw new AppError("not_found", "That import was not found, or you do not have access to it.");
  return {
    ...article,
    lessons: article.lessons.map(({ questions, ...lesson }) => {
      const drafts = questions.map(({ retiredAt, ...q }) => ({
        ...q,
        rejected: retiredAt !== null,
      }));
      return {
        ...lesson,
        questions: drafts.filter((q) => !q.rejected),
        rejected: drafts.filter((q) => q.rejected),
      };
    }),
  };
}

export type ImportReview = Awaited<ReturnType<typeof getImportReview>>;
export type ReviewLesson = ImportReview["lessons"][number];
export type ReviewDraft = ReviewLesson["questions"][number];
