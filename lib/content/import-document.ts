import "server-only";
import type { Db } from "../db";
import { AppError } from "../errors";
import { questionCreateData } from "./question-data";
import { readingMinutes } from "./reading-time";
import type { ArticleDocument } from "./schema";

type Options = { ownerId: string | null; status: "draft" | "published"; shippedVersion?: string };

/** Every passage must lie in the article and every citation match the article at its offsets. */
export function assertDocumentConsistent(doc: ArticleDocument) {
  const { article } = doc;
  for (const lesson of doc.lessons) {
    if (!article.text.includes(lesson.passage)) {
      throw new AppError("invalid", `The passage of "${lesson.title}" is not part of the article text.`);
    }
    for (const q of lesson.questions) {
      if (article.text.slice(q.citation.start, q.citation.end) !== q.citation.text) {
        throw new AppError(
          "invalid",
          `A citation in "${lesson.title}" does not match the article at its offsets.`,
        );
      }
    }
  }
}

/** A lesson's own columns, located in the article text. */
export function lessonColumns(articleText: string, lesson: ArticleDocument["lessons"][number]) {
  const passageStart = articleText.indexOf(lesson.passage);
  return {
    title: lesson.title,
    objectives: lesson.objectives,
    passage: lesson.passage,
    passageStart,
    passageEnd: passageStart + lesson.passage.length,
    readingMinutes: readingMinutes(lesson.passage),
  };
}

/** Stores a parsed lectern.article.v1 document: the article, its sections, lessons and questions, in one transaction. */
export async function importArticleDocument(db: Db, doc: ArticleDocument, opts: Options) {
  const { article } = doc;
  assertDocumentConsistent(doc);
  return db.$transaction(
    async (tx) => {
      const created = await tx.article.create({
        data: {
          slug: article.slug,
          title: article.title,
          byline: article.byline,
          about: article.about ?? null,
          shippedVersion: opts.shippedVersion ?? null,
          text: article.text,
          ownerId: opts.ownerId,
          sections: { create: article.sections.map((s, position) => ({ position, ...s })) },
        },
        select: { id: true, slug: true },
      });
      for (const [position, lesson] of doc.lessons.entries()) {
        await tx.lesson.create({
          data: {
            articleId: created.id,
            ...lessonColumns(article.text, lesson),
            status: opts.status,
            position,
            ownerId: opts.ownerId,
            questions: {
              create: lesson.questions.map((q, qPosition) => questionCreateData(q, qPosition)),
            },
          },
        });
      }
      return created;
    },
    { timeout: 60_000 },
  );
}
