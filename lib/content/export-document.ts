import type { Db } from "../db";
import { questionWithKeySelect } from "../attempts/question-select";
import { questionInputOf } from "./question-data";
import type { ArticleDocument } from "./schema";

/** An article and its lessons (shared ones, plus `ownerId`'s own when given) as a lectern.article.v1 document. */
export async function exportArticleDocument(
  db: Db,
  slug: string,
  ownerId: string | null = null,
): Promise<ArticleDocument | null> {
  const article = await db.article.findUnique({
    where: { slug },
    select: {
      slug: true,
      title: true,
      byline: true,
      about: true,
      text: true,
      sections: { orderBy: { position: "asc" }, select: { heading: true, start: true, end: true } },
      lessons: {
        where: { OR: [{ ownerId: null }, ...(ownerId ? [{ ownerId }] : [])] },
        orderBy: { position: "asc" },
        select: {
          title: true,
          objectives: true,
          passage: true,
          questions: {
            where: { retiredAt: null },
            orderBy: { position: "asc" },
            select: questionWithKeySelect,
          },
        },
      },
    },
  });
  if (!article) return null;
  const { lessons, about, ...rest } = article;
  return {
    format: "lectern.article.v1",
    // The note is optional in the format: an article without one exports without the key, as it was imported.
    article: about === null ? rest : { ...rest, about },
    lessons: lessons.map((l) => ({
      ...l,
      questions: l.questions.map(questionInputOf),
    })),
  };
}
