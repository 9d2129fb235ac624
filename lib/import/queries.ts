import "server-only";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { db } from "../db";
import { idSchema } from "../classes/schema";
import { AppError } from "../errors";

/** An imported article's draft review: only its owning teacher sees it; anyone else's gets not_found. */
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
                where: { retiredAt: null },
                orderBy: { position: "asc" },
                select: {
                  id: true,
                  type: true,
                  skill: true,
                  prompt: true,
                  citationText: true,
                  explanation: true,
                  acceptedAt: true,
                },
              },
            },
          },
        },
      });
  if (!article)
    throw new AppError("not_found", "That import was not found, or you do not have access to it.");
  return article;
}
