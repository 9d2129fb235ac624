import "server-only";
import type { Db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { questionWithKeySelect } from "../attempts/question-select";
import { questionInputOf } from "./question-data";
import type { ArticleDocument } from "./schema";

/** The article columns a lectern.article.v1 document holds. */
export const documentArticleSelect = {
  slug: true,
  title: true,
  byline: true,
  about: true,
  text: true,
  sections: { orderBy: { position: "asc" }, select: { heading: true, start: true, end: true } },
} as const;

/** A lesson's columns in the document: its live questions in order, answer keys included. */
export const documentLessonSelect = {
  title: true,
  objectives: true,
  passage: true,
  questions: {
    where: { retiredAt: null },
    orderBy: { position: "asc" },
    select: questionWithKeySelect,
  },
} as const;

type ArticleRow = Prisma.ArticleGetPayload<{ select: typeof documentArticleSelect }>;
type LessonRow = Prisma.LessonGetPayload<{ select: typeof documentLessonSelect }>;

/**
 * Rows read with the selects above as a document. Fields are copied by name, so rows that also carry ids (the
 * item audit maps its warnings back to questions by them) give the same document as the export.
 */
export function toArticleDocument(article: ArticleRow, lessons: readonly LessonRow[]): ArticleDocument {
  const { slug, title, byline, about, text, sections } = article;
  const rest = { slug, title, byline, text, sections };
  return {
    format: "lectern.article.v1",
    // The note is optional in the format: an article without one exports without the key, as it was imported.
    article: about === null ? rest : { ...rest, about },
    lessons: lessons.map((l) => ({
      title: l.title,
      objectives: l.objectives,
      passage: l.passage,
      questions: l.questions.map(questionInputOf),
    })),
  };
}

/** An article and its lessons (shared ones, plus `ownerId`'s own when given) as a lectern.article.v1 document. */
export async function exportArticleDocument(
  db: Db,
  slug: string,
  ownerId: string | null = null,
): Promise<ArticleDocument | null> {
  const article = await db.article.findUnique({
    where: { slug },
    select: {
      ...documentArticleSelect,
      lessons: {
        where: { OR: [{ ownerId: null }, ...(ownerId ? [{ ownerId }] : [])] },
        orderBy: { position: "asc" },
        select: documentLessonSelect,
      },
    },
  });
  return article && toArticleDocument(article, article.lessons);
}
