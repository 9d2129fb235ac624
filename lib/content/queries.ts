import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { questionWithKeySelect } from "../attempts/question-select";
import { fromDbSkill, fromDbType, toDbSkill, toDbType } from "./enum-names";
import type { LibraryFilter } from "./library-filter";
import { findUsableLessonOrThrow, usableBy } from "./lesson-access";

/**
 * The teacher's library. A filter keeps the lessons with at least one live question of that skill and
 * type (both on the same question), so "inference, evidence" finds lessons with an inference evidence question.
 */
/**
 * Question counts for the listed lessons only: a relation _count would group the whole Question table, every
 * teacher's lessons included, on each call.
 */
async function countQuestionsByLesson(where: Prisma.QuestionWhereInput): Promise<Map<string, number>> {
  const groups = await db.question.groupBy({ by: ["lessonId"], where, _count: { _all: true } });
  return new Map(groups.map((g) => [g.lessonId, g._count._all]));
}

export async function listLibraryLessons(viewer: Viewer | null, filter: LibraryFilter = {}) {
  const teacher = requireTeacher(viewer);
  const matching = {
    retiredAt: null,
    ...(filter.skill && { skill: toDbSkill(filter.skill) }),
    ...(filter.type && { type: toDbType(filter.type) }),
  };
  const filtered = Boolean(filter.skill || filter.type);
  const lessons = await db.lesson.findMany({
    where: { ...usableBy(teacher.id), ...(filtered && { questions: { some: matching } }) },
    orderBy: [{ article: { title: "asc" } }, { position: "asc" }],
    select: {
      id: true,
      title: true,
      readingMinutes: true,
      status: true,
      ownerId: true,
      article: { select: { title: true, byline: true } },
    },
  });
  const lessonIds = lessons.map((l) => l.id);
  const [live, matches] = await Promise.all([
    countQuestionsByLesson({ retiredAt: null, lessonId: { in: lessonIds } }),
    filtered ? countQuestionsByLesson({ ...matching, lessonId: { in: lessonIds } }) : null,
  ]);
  return lessons.map(({ ownerId, ...l }) => ({
    ...l,
    questionCount: live.get(l.id) ?? 0,
    /** Live questions of the filtered skill and type; all of them when there is no filter. */
    matchingCount: (matches ?? live).get(l.id) ?? 0,
    shared: ownerId === null,
  }));
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
    article: { select: { title: true, byline: true } },
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

export async function canTeacherUseLesson(teacherId: string, lessonId: string): Promise<boolean> {
  const found = await db.lesson.findFirst({
    where: { id: lessonId, ...usableBy(teacherId) },
    select: { id: true },
  });
  return found !== null;
}
