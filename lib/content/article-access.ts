import "server-only";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { idSchema } from "../classes/schema";
import { db } from "../db";
import { notFound } from "../errors";
import { storableText } from "../text-schema";
import { lessonUserOf, type LessonUser } from "./lesson-access";

/**
 * Articles a teacher may build lessons from: their own, and the shared ones (no owner) once an administrator
 * approved them, as for the shared lessons. Another teacher's article is never one, whatever its lessons.
 */
const usableArticleWhere = (teacher: LessonUser) => ({
  OR: [{ ownerId: teacher.id }, ...(teacher.approved ? [{ ownerId: null }] : [])],
});

const articleSelect = { id: true, slug: true, title: true, byline: true, ownerId: true } as const;

/** An article the teacher may build a lesson from, with its text; not found for any other, garbage ids included. */
export async function findUsableArticleOrThrow(viewer: Viewer | null, articleId: unknown) {
  const teacher = requireTeacher(viewer);
  const id = idSchema.safeParse(articleId);
  const article = id.success
    ? await db.article.findFirst({
        where: { id: id.data, ...usableArticleWhere(await lessonUserOf(teacher.id)) },
        select: { ...articleSelect, text: true },
      })
    : null;
  if (!article) throw notFound("Article");
  return { teacher, article };
}

// A search PostgreSQL cannot take (a NUL, half an emoji) or too long for a title searches for nothing in particular.
const searchSchema = storableText().trim().max(200).catch("");

/** How many articles the picker lists: a teacher narrows a longer list by searching. */
export const ARTICLE_PICKER_LIMIT = 50;

/** The articles a teacher may pick for new lessons, their own first, matching a title search (any case). */
export async function listUsableArticles(viewer: Viewer | null, search: unknown) {
  const teacher = requireTeacher(viewer);
  const q = searchSchema.parse(search ?? "");
  const articles = await db.article.findMany({
    where: {
      ...usableArticleWhere(await lessonUserOf(teacher.id)),
      ...(q ? { title: { contains: q, mode: "insensitive" as const } } : {}),
    },
    // The filter leaves only the teacher's id or none as the owner: their own articles come first.
    orderBy: [{ ownerId: { sort: "asc", nulls: "last" } }, { title: "asc" }, { createdAt: "desc" }],
    take: ARTICLE_PICKER_LIMIT + 1,
    select: articleSelect,
  });
  const shown = articles
    .slice(0, ARTICLE_PICKER_LIMIT)
    .map(({ ownerId, ...a }) => ({ ...a, own: ownerId !== null }));
  return {
    search: q,
    articles: [...shown.filter((a) => a.own), ...shown.filter((a) => !a.own)],
    more: articles.length > ARTICLE_PICKER_LIMIT,
  };
}

/**
 * The article with this slug a teacher may build lessons from, by the same rule as the pages, or null: for the
 * command line's `import-questions --article`, which names the teacher the new lesson belongs to.
 */
export async function usableArticleBySlug(slug: string, teacherId: string) {
  return db.article.findFirst({
    where: { slug, ...usableArticleWhere(await lessonUserOf(teacherId)) },
    select: { id: true, slug: true, title: true, text: true },
  });
}
