import "server-only";
import { z } from "zod";
import { idSchema } from "../classes/schema";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { importArticleDocument } from "../content/import-document";
import { db } from "../db";
import { AppError } from "../errors";
import { parseInput } from "../forms/parse";
import { isUniqueViolation } from "../prisma-errors";
import { buildDocument } from "./build-document";
import { ownDraftQuestionOrThrow } from "./draft-access";
import { ImportError } from "./parsed-article";
import { readImportInput } from "./preview";
import { draftSectionsSchema } from "./schema";
import { applySectionEdits } from "./section-edits";

/** Slugs are unique: the title's slug, or with a numeric suffix when it is taken. */
async function freeSlug(base: string): Promise<string> {
  let slug = base;
  for (let n = 2; await db.article.findUnique({ where: { slug }, select: { id: true } }); n++)
    slug = `${base}-${n}`;
  return slug;
}

/**
 * Reads, generates and stores an article's lessons as drafts owned by the teacher, with the sections the teacher
 * confirmed in the preview; nothing is stored on failure.
 */
export async function createDraftLessons(viewer: Viewer | null, input: unknown) {
  const teacher = requireTeacher(viewer);
  const { sections } = parseInput(draftSectionsSchema, input);
  const detected = readImportInput(input);
  let doc;
  try {
    doc = buildDocument(sections ? applySectionEdits(detected, sections) : detected);
  } catch (error) {
    if (error instanceof ImportError)
      throw new AppError("invalid", error.message, { sections: [error.message] });
    // The generated lessons did not fit the content schema: say so instead of failing the page.
    if (error instanceof z.ZodError)
      throw new AppError(
        "invalid",
        `Lectern could not make lessons from this article: ${error.issues[0]?.message ?? "it does not fit"}.`,
      );
    throw error;
  }
  const saved = await storeUnderFreeSlug(doc, teacher.id);
  return { articleId: saved.id, slug: saved.slug, lessons: doc.lessons.length };
}

/** Teachers importing the same article at once each pick the same free slug; the losers of the race pick again. */
const SLUG_TRIES = 10;

async function storeUnderFreeSlug(doc: ReturnType<typeof buildDocument>, ownerId: string) {
  for (let attempt = 1; ; attempt++) {
    const slug = await freeSlug(doc.article.slug);
    try {
      return await importArticleDocument(
        db,
        { ...doc, article: { ...doc.article, slug } },
        { ownerId, status: "draft" },
      );
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      if (attempt === SLUG_TRIES)
        throw new AppError("conflict", "Many imports of this article are running at once. Please try again.");
    }
  }
}

const draftIdSchema = z.object({ id: idSchema });

/** Rejecting a draft question retires it: it leaves the lesson and is never published. */
export async function rejectDraftQuestion(viewer: Viewer | null, input: unknown) {
  requireTeacher(viewer);
  const { id } = parseInput(draftIdSchema, input);
  const q = await ownDraftQuestionOrThrow(viewer, id);
  await db.question.update({ where: { id: q.id }, data: { retiredAt: new Date() } });
  return { articleId: q.lesson.articleId, id: q.id };
}

const acceptSchema = z.object({
  id: idSchema,
  accepted: z.enum(["true", "false"]).transform((v) => v === "true"),
});

/** Accepting a draft question keeps it for publishing; accepting again can be undone until then. */
export async function acceptDraftQuestion(viewer: Viewer | null, input: unknown) {
  requireTeacher(viewer);
  const { id, accepted } = parseInput(acceptSchema, input);
  const q = await ownDraftQuestionOrThrow(viewer, id);
  await db.question.update({ where: { id: q.id }, data: { acceptedAt: accepted ? new Date() : null } });
  return { articleId: q.lesson.articleId };
}

/**
 * A draft lesson publishes once the teacher has decided on every question (accepted or rejected, one by one), and
 * keeps the accepted ones; nothing generated reaches students without that review.
 */
export async function publishDraftLesson(viewer: Viewer | null, input: unknown) {
  const teacher = requireTeacher(viewer);
  const { id } = parseInput(draftIdSchema, input);
  const lesson = await db.lesson.findFirst({
    where: { id, ownerId: teacher.id, status: "draft" },
    select: {
      id: true,
      articleId: true,
      questions: { where: { retiredAt: null }, select: { acceptedAt: true } },
    },
  });
  if (!lesson)
    throw new AppError("not_found", "That draft lesson was not found, or you do not have access to it.");
  const undecided = lesson.questions.filter((q) => q.acceptedAt === null).length;
  if (undecided > 0)
    throw new AppError(
      "invalid",
      `Accept or reject every question before publishing: ${undecided} still undecided.`,
    );
  if (lesson.questions.length === 0)
    throw new AppError("invalid", "Keep at least one question before publishing.");
  await db.lesson.update({ where: { id: lesson.id }, data: { status: "published" } });
  return { articleId: lesson.articleId };
}
