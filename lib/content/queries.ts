import { db } from "../db";
import { notFound } from "../errors";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { idSchema } from "../classes/schema";
import { questionWithKeySelect } from "../attempts/question-select";
import { fromDbSkill, fromDbType } from "./enum-names";

/** Lessons a teacher may read and assign: the shared demo lessons and their own. */
const usableBy = (teacherId: string) => ({
  OR: [{ ownerId: null, status: "PUBLISHED" as const }, { ownerId: teacherId }],
});

export async function listLibraryLessons(viewer: Viewer | null) {
  const teacher = requireTeacher(viewer);
  const lessons = await db.lesson.findMany({
    where: usableBy(teacher.id),
    orderBy: [{ article: { title: "asc" } }, { position: "asc" }],
    select: {
      id: true,
      title: true,
      readingMinutes: true,
      status: true,
      ownerId: true,
      article: { select: { title: true, byline: true } },
      _count: { select: { questions: { where: { retiredAt: null } } } },
    },
  });
  return lessons.map(({ _count, ownerId, ...l }) => ({
    ...l,
    questionCount: _count.questions,
    shared: ownerId === null,
  }));
}

/** The teacher's view of a lesson, answer key included. */
export async function getLessonForTeacherOrThrow(viewer: Viewer | null, lessonId: string) {
  const teacher = requireTeacher(viewer);
  const id = idSchema.safeParse(lessonId);
  const lesson =
    id.success &&
    (await db.lesson.findFirst({
      where: { id: id.data, ...usableBy(teacher.id) },
      select: {
        id: true,
        title: true,
        objectives: true,
        passage: true,
        passageStart: true,
        readingMinutes: true,
        status: true,
        article: { select: { title: true, byline: true } },
        questions: {
          where: { retiredAt: null },
          orderBy: { position: "asc" },
          select: questionWithKeySelect,
        },
      },
    }));
  if (!lesson) throw notFound("Lesson");
  return {
    ...lesson,
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
