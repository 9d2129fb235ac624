import "server-only";
import { z } from "zod";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { parseInput } from "../forms/parse";
import type { Viewer } from "../auth/viewer-types";
import type { Prisma } from "../generated/prisma/client";
import { idSchema } from "../classes/schema";
import { requireOwnLesson } from "./lesson-access";
import { questionCreateData } from "./question-data";
import { editorQuestionSchema, questionFromEditor } from "./question-editor-schema";
import { acceptedAlready, type QuestionInput } from "./schema";

type Tx = Prisma.TransactionClient;

/** A live question of the lesson, locked so an edit and a delete of it cannot interleave. */
export async function lockLiveQuestion(tx: Tx, lessonId: string, questionId: unknown) {
  const id = idSchema.safeParse(questionId);
  const rows = id.success
    ? await tx.$queryRaw<
        { id: string; position: number; originId: string | null; rejectedAnswers: string[] }[]
      >`
        SELECT id, position, "originId", "rejectedAnswers" FROM "Question"
        WHERE id = ${id.data} AND "lessonId" = ${lessonId} AND "retiredAt" IS NULL FOR UPDATE`
    : [];
  if (!rows[0]) throw notFound("Question");
  return rows[0];
}

// An assignment keeps the question versions it was made with: once one uses a question, the row is frozen.
const isAssigned = async (tx: Tx, questionId: string) =>
  (await tx.assignmentQuestion.count({ where: { questionId } })) > 0;

/**
 * Creates a question (questionId null) or edits one. Editing a question an assignment uses writes a new
 * version and retires the old one, so graded work keeps the key it was graded with; an unassigned question
 * is edited in place.
 */
export async function saveQuestion(
  viewer: Viewer | null,
  lessonId: unknown,
  questionId: unknown,
  input: unknown,
) {
  const { lesson } = await requireOwnLesson(viewer, lessonId);
  const result = questionFromEditor(parseInput(editorQuestionSchema, input), lesson);
  if (!result.ok) throw new AppError("invalid", undefined, result.fieldErrors);
  return db.$transaction(async (tx) => {
    if (questionId === null) {
      const last = await tx.question.aggregate({ where: { lessonId: lesson.id }, _max: { position: true } });
      const position = (last._max.position ?? -1) + 1;
      return tx.question.create({
        data: { lessonId: lesson.id, ...questionCreateData(result.question, position) },
        select: { id: true },
      });
    }
    const old = await lockLiveQuestion(tx, lesson.id, questionId);
    // The editor sends the wrong answers it shows; a caller that leaves them out keeps those stored that the
    // accepted answers do not now include.
    const { type, acceptedAnswers, rejectedAnswers: sent } = result.question;
    const rejectedAnswers =
      type !== "short_answer"
        ? []
        : (sent ?? old.rejectedAnswers.filter((r) => !acceptedAlready(acceptedAnswers, r)));
    return writeQuestionVersion(tx, lesson.id, old, { ...result.question, rejectedAnswers });
  });
}

/**
 * Writes a locked live question's new content. When an assignment uses the question, a new version (same
 * lineage and position) replaces it and the old is retired, so graded work keeps the key it was graded with;
 * an unassigned question is edited in place.
 */
export async function writeQuestionVersion(
  tx: Tx,
  lessonId: string,
  old: { id: string; position: number; originId: string | null },
  question: QuestionInput,
) {
  const data = questionCreateData(question, old.position);
  if (await isAssigned(tx, old.id)) {
    await tx.question.update({ where: { id: old.id }, data: { retiredAt: new Date() } });
    return tx.question.create({
      data: { lessonId, originId: old.originId ?? old.id, ...data },
      select: { id: true },
    });
  }
  await tx.choice.deleteMany({ where: { questionId: old.id } });
  await tx.evidenceOption.deleteMany({ where: { questionId: old.id } });
  return tx.question.update({ where: { id: old.id }, data, select: { id: true } });
}

/** Removes a question from the lesson: retired when an assignment uses it (graded work keeps it), else deleted. */
export async function deleteQuestion(viewer: Viewer | null, lessonId: unknown, questionId: unknown) {
  const { lesson } = await requireOwnLesson(viewer, lessonId);
  return db.$transaction(async (tx) => {
    const q = await lockLiveQuestion(tx, lesson.id, questionId);
    if (await isAssigned(tx, q.id)) {
      await tx.question.update({ where: { id: q.id }, data: { retiredAt: new Date() } });
      return { id: q.id, retired: true };
    }
    await tx.question.delete({ where: { id: q.id } });
    return { id: q.id, retired: false };
  });
}

const directionSchema = z.enum(["up", "down"]);

/**
 * Moves a question one place up or down among the lesson's live questions. Positions order the lesson only:
 * an assignment keeps its own order, so this never touches graded work.
 */
export async function moveQuestion(
  viewer: Viewer | null,
  lessonId: unknown,
  questionId: unknown,
  direction: unknown,
) {
  const { lesson } = await requireOwnLesson(viewer, lessonId);
  const step = parseInput(directionSchema, direction) === "up" ? -1 : 1;
  return db.$transaction(async (tx) => {
    // Locks the lesson's order: two moves at once would otherwise both read the old one.
    await tx.$queryRaw`SELECT id FROM "Lesson" WHERE id = ${lesson.id} FOR UPDATE`;
    const live = await tx.question.findMany({
      where: { lessonId: lesson.id, retiredAt: null },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: { id: true, position: true },
    });
    const from = live.findIndex((q) => q.id === questionId);
    if (from < 0) throw notFound("Question");
    const to = from + step;
    if (to < 0 || to >= live.length) return { id: live[from]!.id, moved: false };
    const order = live.map((q) => q.id);
    [order[from], order[to]] = [order[to]!, order[from]!];
    for (const [position, id] of order.entries()) {
      if (live.find((q) => q.id === id)!.position !== position)
        await tx.question.update({ where: { id }, data: { position } });
    }
    return { id: live[from]!.id, moved: true };
  });
}
