import { db } from "../db";
import { AppError, notFound } from "../errors";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { idSchema } from "../classes/schema";
import type { Prisma } from "../generated/prisma/client";

/** Lessons a teacher may read and assign: the shared demo lessons and their own. */
export const usableBy = (teacherId: string) => ({
  OR: [{ ownerId: null, status: "PUBLISHED" as const }, { ownerId: teacherId }],
});

/** The same rule as usableBy, in SQL over a lesson aliased `l`, with the teacher's id bound as $1. */
export const USABLE_BY_SQL = `((l."ownerId" IS NULL AND l.status = 'PUBLISHED') OR l."ownerId" = $1)`;

export const READ_ONLY_MESSAGE =
  "Shared demo lessons are read-only. Duplicate the lesson to your lessons to edit your own copy.";

/** A lesson the teacher may use, with the fields `select` asks for; not found for anything else, garbage ids included. */
export async function findUsableLessonOrThrow<S extends Prisma.LessonSelect>(
  teacherId: string,
  lessonId: unknown,
  select: S,
): Promise<Prisma.LessonGetPayload<{ select: S }>> {
  const id = idSchema.safeParse(lessonId);
  const lesson = id.success
    ? await db.lesson.findFirst({ where: { id: id.data, ...usableBy(teacherId) }, select })
    : null;
  if (!lesson) throw notFound("Lesson");
  return lesson as Prisma.LessonGetPayload<{ select: S }>;
}

/**
 * The lesson a teacher may edit: only their own. A shared demo lesson the teacher can see is refused
 * (forbidden, with the way out); another teacher's lesson answers not found, as if it did not exist.
 */
export async function requireOwnLesson(viewer: Viewer | null, lessonId: unknown) {
  const teacher = requireTeacher(viewer);
  const lesson = await findUsableLessonOrThrow(teacher.id, lessonId, {
    id: true,
    ownerId: true,
    articleId: true,
    passage: true,
    passageStart: true,
  });
  if (lesson.ownerId !== teacher.id) throw new AppError("forbidden", READ_ONLY_MESSAGE);
  return { teacher, lesson };
}
