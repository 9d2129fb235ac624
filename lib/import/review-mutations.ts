import "server-only";
import { z } from "zod";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { idSchema } from "../classes/schema";
import { questionCreateData } from "../content/question-data";
import { db } from "../db";
import { AppError } from "../errors";
import { parseInput } from "../forms/parse";
import { ownDraftLessonOrThrow, ownDraftQuestionOrThrow } from "./draft-access";
import { pickRegenerated } from "./regenerate-pick";
import { generateDraftsForLesson } from "./section-drafts";

const questionIdSchema = z.object({ id: idSchema });
const lessonIdSchema = z.object({ lessonId: idSchema });

/** Undoes a Reject: the draft is back in its lesson, undecided, where it was. */
export async function restoreDraftQuestion(viewer: Viewer | null, input: unknown) {
  requireTeacher(viewer);
  const { id } = parseInput(questionIdSchema, input);
  const q = await ownDraftQuestionOrThrow(viewer, id, { rejected: true });
  await db.question.update({ where: { id: q.id }, data: { retiredAt: null, acceptedAt: null } });
  return { articleId: q.lesson.articleId, id: q.id };
}

/**
 * Accepts every undecided draft of a lesson at one instant, which names the batch: undoing it clears exactly
 * those, not drafts accepted one by one before or after.
 */
export async function acceptRemainingDrafts(viewer: Viewer | null, input: unknown) {
  requireTeacher(viewer);
  const { lessonId } = parseInput(lessonIdSchema, input);
  const lesson = await ownDraftLessonOrThrow(viewer, lessonId);
  const batch = new Date();
  const { count } = await db.question.updateMany({
    where: { lessonId: lesson.id, retiredAt: null, acceptedAt: null },
    data: { acceptedAt: batch },
  });
  return { articleId: lesson.articleId, lessonId: lesson.id, batch: batch.toISOString(), count };
}

const undoBatchSchema = z.object({
  lessonId: idSchema,
  batch: z.iso.datetime({ message: "That batch of accepted drafts is not a valid time." }),
});

/** Undoes one "Accept all remaining": the drafts it accepted are undecided again. */
export async function undoAcceptRemaining(viewer: Viewer | null, input: unknown) {
  requireTeacher(viewer);
  const { lessonId, batch } = parseInput(undoBatchSchema, input);
  const lesson = await ownDraftLessonOrThrow(viewer, lessonId);
  const { count } = await db.question.updateMany({
    where: { lessonId: lesson.id, retiredAt: null, acceptedAt: new Date(batch) },
    data: { acceptedAt: null },
  });
  return { articleId: lesson.articleId, lessonId: lesson.id, count };
}

/**
 * Generates a lesson's drafts again with the generator as it is now: the undecided drafts are replaced; accepted
 * and rejected ones stay as the teacher left them, and the generator's drafts that repeat them are left out.
 * Drafts not shown before come first, so asking again offers something new when the generator has it.
 */
export async function regenerateLessonDrafts(viewer: Viewer | null, input: unknown) {
  requireTeacher(viewer);
  const { lessonId } = parseInput(lessonIdSchema, input);
  const lesson = await ownDraftLessonOrThrow(viewer, lessonId);
  const article = await db.article.findUniqueOrThrow({
    where: { id: lesson.articleId },
    select: {
      title: true,
      byline: true,
      text: true,
      sections: { orderBy: { position: "asc" }, select: { heading: true, start: true, end: true } },
    },
  });
  const sections = article.sections.length
    ? article.sections
    : [{ heading: article.title, start: 0, end: article.text.length }];
  const candidates = generateDraftsForLesson({ ...article, sections }, lesson);
  return db.$transaction(async (tx) => {
    // One regeneration of a lesson at a time: a second waits, then replaces what the first wrote; a lesson
    // published meanwhile is left alone.
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Lesson" WHERE id = ${lesson.id} AND status = 'draft' FOR UPDATE`;
    if (locked.length === 0)
      throw new AppError("not_found", "That draft lesson was not found, or you do not have access to it.");
    const existing = await tx.question.findMany({
      where: { lessonId: lesson.id },
      select: { id: true, prompt: true, acceptedAt: true, retiredAt: true, position: true },
    });
    const picked = pickRegenerated(candidates, existing);
    // Nothing to offer: the undecided drafts stay rather than leave the lesson empty-handed.
    if (picked.drafts.length === 0)
      throw new AppError(
        "invalid",
        "The generator has no drafts for this passage besides those you accepted or rejected.",
      );
    await tx.question.deleteMany({ where: { id: { in: picked.replaced } } });
    const next = Math.max(-1, ...existing.map((q) => q.position)) + 1;
    for (const [i, q] of picked.drafts.entries())
      await tx.question.create({ data: { lessonId: lesson.id, ...questionCreateData(q, next + i) } });
    return {
      articleId: lesson.articleId,
      lessonId: lesson.id,
      count: picked.drafts.length,
      fresh: picked.fresh,
    };
  });
}
