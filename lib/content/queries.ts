import "server-only";
import type { Expression } from "kysely";
import { jsonBuildObject } from "kysely/helpers/postgres";
import { db } from "../db";
import { countOf, expr, pagesDb } from "../sql";
import type { LessonStatus } from "../generated/prisma/enums";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { questionWithKeySelect } from "../attempts/question-select";
import type { LibraryFilter } from "./library-filter";
import { findUsableLessonOrThrow, usableBySql, usableWhere } from "./lesson-access";

export type LibraryLesson = {
  id: string;
  title: string;
  readingMinutes: number;
  status: LessonStatus;
  article: { title: string; byline: string };
  questionCount: number;
  /** Live questions of the filtered skill and type; all of them when there is no filter. */
  matchingCount: number;
  /** A draft lesson's questions the teacher has not yet accepted or rejected (its import review lists them). */
  reviewCount: number;
  articleId: string;
  shared: boolean;
  /** The teacher imported the lesson's article: its drafts are reviewed on the import review, else on the lesson's. */
  ownArticle: boolean;
};

/**
 * The teacher's library. A filter keeps the lessons with at least one live question of that skill and
 * type (both on the same question), so "inference, evidence" finds lessons with an inference evidence question.
 *
 * One plain statement, since the library page and the assign page list it on every view: counts are per-lesson
 * subqueries (a Prisma relation _count groups the whole Question table), and a Prisma call costs several times
 * the CPU.
 */
export async function listLibraryLessons(
  viewer: Viewer | null,
  filter: LibraryFilter = {},
): Promise<LibraryLesson[]> {
  const teacher = requireTeacher(viewer);
  const skill = filter.skill ?? null;
  const type = filter.type ?? null;
  const liveQuestions = (lessonId: Expression<string>) =>
    expr.selectFrom("Question as q").where("q.lessonId", "=", lessonId).where("q.retiredAt", "is", null);
  return pagesDb
    .selectFrom((db) =>
      db
        .selectFrom("Lesson as l")
        .innerJoin("Article as a", "a.id", "l.articleId")
        .select((eb) => [
          "l.id",
          "l.title",
          "l.readingMinutes",
          "l.status",
          eb("l.ownerId", "is", null).$castTo<boolean>().as("shared"),
          eb("a.ownerId", "is not distinct from", teacher.id).$castTo<boolean>().as("ownArticle"),
          "l.position",
          "l.articleId",
          jsonBuildObject({ title: eb.ref("a.title"), byline: eb.ref("a.byline") }).as("article"),
          "a.title as articleTitle",
          countOf(liveQuestions(eb.ref("l.id"))).as("questionCount"),
          countOf(
            liveQuestions(eb.ref("l.id"))
              .$if(skill !== null, (q) => q.where("q.skill", "=", skill!))
              .$if(type !== null, (q) => q.where("q.type", "=", type!)),
          ).as("matchingCount"),
          countOf(liveQuestions(eb.ref("l.id")).where("q.acceptedAt", "is", null)).as("reviewCount"),
        ])
        .where((eb) => usableBySql(teacher.id, { ownerId: eb.ref("l.ownerId"), status: eb.ref("l.status") }))
        .as("usable"),
    )
    .select([
      "id",
      "title",
      "readingMinutes",
      "status",
      "shared",
      "article",
      "questionCount",
      "matchingCount",
      "reviewCount",
      "articleId",
      "ownArticle",
    ])
    .$if(skill !== null || type !== null, (q) => q.where("matchingCount", ">", 0))
    .orderBy("articleTitle")
    .orderBy("position")
    .orderBy("id")
    .execute();
}

/** The teacher's view of a lesson, answer key included. */
export async function getLessonForTeacherOrThrow(viewer: Viewer | null, lessonId: string) {
  const teacher = requireTeacher(viewer);
  const lesson = await findUsableLessonOrThrow(teacher.id, lessonId, {
    id: true,
    title: true,
    objectives: true,
    description: true,
    passage: true,
    passageStart: true,
    readingMinutes: true,
    status: true,
    ownerId: true,
    article: { select: { title: true, byline: true, about: true } },
    questions: {
      where: { retiredAt: null },
      orderBy: { position: "asc" },
      select: questionWithKeySelect,
    },
  });
  const { ownerId, ...rest } = lesson;
  return {
    ...rest,
    /** Only the owner edits a lesson; shared demo lessons are read-only. */
    editable: ownerId === teacher.id,
  };
}

/** The status of a lesson the teacher may use, or null for one they may not (or that does not exist). */
export async function usableLessonStatus(teacherId: string, lessonId: string): Promise<LessonStatus | null> {
  const found = await db.lesson.findFirst({
    where: { id: lessonId, ...(await usableWhere(teacherId)) },
    select: { status: true },
  });
  return found?.status ?? null;
}
