import "server-only";
import { db } from "../db";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { questionWithKeySelect } from "../attempts/question-select";
import { parseInput } from "../forms/parse";
import { copyTitle, copyTitleSchema } from "./lesson-details";
import { findUsableLessonOrThrow } from "./lesson-access";
import { questionCreateData, questionInputOf } from "./question-data";

/**
 * Copies a lesson the teacher can use (a shared demo lesson or one of their own) with its live questions,
 * choices and evidence sentences, as a lesson the teacher owns and may edit. The copy stays on the same
 * article, so every citation's offsets still point at the same sentences; a copy of a draft stays a draft.
 * It is named as the teacher chose (`input.title`), "Copy of <title>" when they left it out.
 */
export async function duplicateLesson(viewer: Viewer | null, lessonId: unknown, input: unknown = {}) {
  const teacher = requireTeacher(viewer);
  const named = parseInput(copyTitleSchema, input);
  const source = await findUsableLessonOrThrow(teacher.id, lessonId, {
    articleId: true,
    title: true,
    objectives: true,
    description: true,
    passage: true,
    passageStart: true,
    passageEnd: true,
    readingMinutes: true,
    position: true,
    status: true,
    questions: { where: { retiredAt: null }, orderBy: { position: "asc" }, select: questionWithKeySelect },
  });
  const { questions, title, ...rest } = source;
  return db.lesson.create({
    data: {
      ...rest,
      title: named.title ?? copyTitle(title),
      ownerId: teacher.id,
      questions: { create: questions.map((q, i) => questionCreateData(questionInputOf(q), i)) },
    },
    select: { id: true, title: true },
  });
}
