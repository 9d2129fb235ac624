import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { importArticleDocument } from "../content/import-document";
import { db } from "../db";
import { AppError } from "../errors";
import { parseInput } from "../forms/parse";
import { buildDocument } from "./build-document";
import { ImportError } from "./parsed-article";
import { readArticle } from "./read-text";
import { importArticleSchema } from "./schema";

/** Slugs are unique: the title's slug, or with a numeric suffix when it is taken. */
async function freeSlug(base: string): Promise<string> {
  let slug = base;
  for (let n = 2; await db.article.findUnique({ where: { slug }, select: { id: true } }); n++)
    slug = `${base}-${n}`;
  return slug;
}

/** Reads, generates and stores an article's lessons as drafts owned by the teacher; nothing is stored on failure. */
export async function createDraftLessons(viewer: Viewer | null, input: unknown) {
  const teacher = requireTeacher(viewer);
  const { text, kind } = parseInput(importArticleSchema, input);
  let doc;
  try {
    doc = buildDocument(readArticle(text, kind));
  } catch (error) {
    if (error instanceof ImportError) throw new AppError("invalid", error.message, { text: [error.message] });
    throw error;
  }
  const slug = await freeSlug(doc.article.slug);
  const saved = await importArticleDocument(
    db,
    { ...doc, article: { ...doc.article, slug } },
    {
      ownerId: teacher.id,
      status: "DRAFT",
    },
  );
  return { slug: saved.slug, lessons: doc.lessons.length };
}
