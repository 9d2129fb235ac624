import "server-only";
import { db } from "../db";
import { pool } from "../db-pool";
import type { LessonStatus } from "../generated/prisma/enums";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { questionWithKeySelect } from "../attempts/question-select";
import { fromDbSkill, fromDbType, toDbSkill, toDbType } from "./enum-names";
import type { LibraryFilter } from "./library-filter";
import { findUsableLessonOrThrow, USABLE_BY_SQL, usableWhere } from "./lesson-access";

export type LibraryLesson = {
  id: string;
  title: string;
  readingMinutes: number;
  status: LessonStatus;
  article: { title: string; byline: string };
  questionCount: number;
  /** Live questions of the filtered skill and type; all of them when there is no filter. */
  matchingCount: number;
  shared: boolean;
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
  const { rows } = await pool.query<LibraryLesson>(
    `SELECT id, title, "readingMinutes", status, shared, article, "questionCount", "matchingCount"
     FROM (
       SELECT l.id, l.title, l."readingMinutes", l.status, l."ownerId" IS NULL AS shared, l.position,
         json_build_object('title', a.title, 'byline', a.byline) AS article, a.title AS "articleTitle",
         (SELECT count(*) FROM "Question" q WHERE q."lessonId" = l.id AND q."retiredAt" IS NULL)::int
           AS "questionCount",
         (SELECT count(*) FROM "Question" q WHERE q."lessonId" = l.id AND q."retiredAt" IS NULL
           AND ($2::text IS NULL OR q.skill::text = $2) AND ($3::text IS NULL OR q.type::text = $3))::int
           AS "matchingCount"
       FROM "Lesson" l JOIN "Article" a ON a.id = l."articleId"
       WHERE ${USABLE_BY_SQL}
     ) usable
     WHERE ($2::text IS NULL AND $3::text IS NULL) OR "matchingCount" > 0
     ORDER BY "articleTitle", position, id`,
    [teacher.id, filter.skill ? toDbSkill(filter.skill) : null, filter.type ? toDbType(filter.type) : null],
  );
  return rows;
}

/** The teacher's view of a lesson, answer key included. */
export async function getLessonForTeacherOrThrow(viewer: Viewer | null, lessonId: string) {
  const teacher = requireTeacher(viewer);
  const lesson = await findUsableLessonOrThrow(teacher.id, lessonId, {
    id: true,
    title: true,
    objectives: true,
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
    questions: lesson.questions.map((q) => ({ ...q, type: fromDbType(q.type), skill: fromDbSkill(q.skill) })),
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
