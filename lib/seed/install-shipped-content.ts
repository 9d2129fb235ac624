import "server-only";
import { createHash } from "node:crypto";
import type { Db } from "../db";
import { AppError } from "../errors";
import { assertDocumentConsistent, importArticleDocument, lessonColumns } from "../content/import-document";
import { questionCreateData } from "../content/question-data";
import type { ArticleDocument } from "../content/schema";

export type InstallOutcome = "installed" | "updated" | "unchanged";

/** Identifies a version of the shipped document; key order is the file's own, so the same file hashes the same. */
export const shippedVersionOf = (doc: ArticleDocument) =>
  createHash("sha256").update(JSON.stringify(doc)).digest("hex").slice(0, 32);

/**
 * Installs the shipped article's shared lessons, or a new version of them when the shipped file changed since the
 * database last saw it. An old question an assignment used is retired, not changed, so that assignment keeps its
 * questions and every score stays as it was; one nobody used is deleted. Teachers' own copies are never touched,
 * and a shared lesson past the shipped file's last one is left as it is.
 */
export async function installShippedContent(db: Db, doc: ArticleDocument): Promise<InstallOutcome> {
  const version = shippedVersionOf(doc);
  const { article } = doc;
  const existing = await db.article.findUnique({
    where: { slug: article.slug },
    select: { id: true, ownerId: true, text: true, shippedVersion: true },
  });
  if (!existing) {
    await importArticleDocument(db, doc, { ownerId: null, status: "published", shippedVersion: version });
    return "installed";
  }
  if (existing.shippedVersion === version) return "unchanged";
  if (existing.ownerId !== null || existing.text !== article.text) {
    // Citations are offsets into the text: lessons cut from another text cannot be swapped in under the same slug.
    throw new AppError("conflict", `The article "${article.slug}" in the database is not the shipped one.`);
  }
  assertDocumentConsistent(doc);

  await db.$transaction(
    async (tx) => {
      const now = new Date();
      const lessons = await tx.lesson.findMany({
        where: { articleId: existing.id, ownerId: null },
        orderBy: { position: "asc" },
        select: { id: true },
      });
      for (const [position, lesson] of doc.lessons.entries()) {
        const columns = { ...lessonColumns(article.text, lesson), status: "published" as const };
        const questions = lesson.questions.map((q, qPosition) => questionCreateData(q, qPosition));
        const current = lessons[position];
        if (!current) {
          await tx.lesson.create({
            data: {
              articleId: existing.id,
              ownerId: null,
              position,
              ...columns,
              questions: { create: questions },
            },
          });
          continue;
        }
        const used = { OR: [{ assignmentQuestions: { some: {} } }, { responses: { some: {} } }] };
        await tx.question.updateMany({
          where: { lessonId: current.id, retiredAt: null, ...used },
          data: { retiredAt: now },
        });
        await tx.question.deleteMany({ where: { lessonId: current.id, retiredAt: null } });
        await tx.lesson.update({
          where: { id: current.id },
          data: { ...columns, questions: { create: questions } },
        });
      }
      await tx.article.update({
        where: { id: existing.id },
        data: {
          title: article.title,
          byline: article.byline,
          about: article.about ?? null,
          shippedVersion: version,
          sections: {
            deleteMany: {},
            create: article.sections.map((section, position) => ({ position, ...section })),
          },
        },
      });
    },
    { timeout: 60_000 },
  );
  return "updated";
}
