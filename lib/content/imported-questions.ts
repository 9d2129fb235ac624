import "server-only";
import type { Db } from "../db";
import { AppError, notFound } from "../errors";
import { questionCreateData } from "./question-data";
import { readingMinutes } from "./reading-time";
import type { QuestionInput } from "./schema";

/** What placing imported questions needs of a lesson: its passage in its article, and whether it is a draft. */
export async function lessonForImport(db: Db, lessonId: string) {
  const lesson = await db.lesson.findUnique({
    where: { id: lessonId },
    select: {
      id: true,
      title: true,
      status: true,
      ownerId: true,
      passageStart: true,
      passageEnd: true,
      article: { select: { slug: true, title: true, text: true } },
    },
  });
  if (!lesson) throw notFound("Lesson");
  return lesson;
}

/**
 * Adds imported questions (citations proposed) to the end of a draft lesson as undecided drafts: acceptedAt
 * stays null, so none reaches a student until the teacher accepts it in the review and publishes the lesson.
 * A published lesson is refused, since a question added there would be live at once. The caller authorizes:
 * the command line trusts its operator, as its other commands do.
 */
export async function addImportedQuestions(db: Db, lessonId: string, questions: readonly QuestionInput[]) {
  return db.$transaction(async (tx) => {
    // Locks the lesson's order against an edit or another import appending at the same positions.
    const [lesson] = await tx.$queryRaw<{ status: string }[]>`
      SELECT status FROM "Lesson" WHERE id = ${lessonId} FOR UPDATE`;
    if (!lesson) throw notFound("Lesson");
    if (lesson.status !== "draft")
      throw new AppError(
        "conflict",
        "Questions are imported into a draft lesson, where they stay drafts until reviewed; this lesson is published.",
      );
    const last = await tx.question.aggregate({ where: { lessonId }, _max: { position: true } });
    const first = (last._max.position ?? -1) + 1;
    const ids: string[] = [];
    for (const [i, q] of questions.entries()) {
      const created = await tx.question.create({
        data: { lessonId, acceptedAt: null, ...questionCreateData(q, first + i) },
        select: { id: true },
      });
      ids.push(created.id);
    }
    return ids;
  });
}

/** What a new lesson of imported questions is for, until its owner edits these words on the lesson's page. */
const IMPORTED_OBJECTIVES = [
  "Answer the imported questions about the article.",
  "Find the sentence of the article that supports each answer.",
];

/**
 * A new draft lesson on the whole article holding the imported questions (citations proposed) as undecided
 * drafts, placed after the article's other lessons: the lesson and its questions in one write, so a failure
 * leaves no empty lesson. The caller authorizes the owner's use of the article.
 */
export async function createImportedLesson(
  db: Db,
  input: {
    article: { id: string; text: string };
    ownerId: string;
    title: string;
    questions: readonly QuestionInput[];
  },
) {
  const { article, questions } = input;
  if (questions.length === 0) throw new AppError("invalid", NO_QUESTIONS);
  const last = await db.lesson.aggregate({ where: { articleId: article.id }, _max: { position: true } });
  return db.lesson.create({
    data: {
      articleId: article.id,
      ownerId: input.ownerId,
      status: "draft",
      title: input.title,
      objectives: IMPORTED_OBJECTIVES,
      passage: article.text,
      passageStart: 0,
      passageEnd: article.text.length,
      readingMinutes: readingMinutes(article.text),
      position: (last._max.position ?? -1) + 1,
      questions: {
        create: questions.map((q, position) => ({ acceptedAt: null, ...questionCreateData(q, position) })),
      },
    },
    select: { id: true, title: true },
  });
}

export const NO_QUESTIONS =
  "The file holds no question Lectern can import (see what was skipped): no lesson was created.";

/** The whole article as a lesson's passage, in article offsets, for citing imported questions in it. */
export const wholeArticle = (text: string) => ({ start: 0, end: text.length });
