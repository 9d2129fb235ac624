import "server-only";
import { sql, type Expression } from "kysely";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { idSchema } from "../classes/schema";
import type { Prisma } from "../generated/prisma/client";
import { expr as eb, pagesDb } from "../sql";
import type { LessonStatus } from "../generated/kysely/types";

/**
 * The shared lessons show every key, explanation and accepted answer, and anyone can sign up as a teacher: so
 * only a teacher a school administrator approved (User.verifiedAt) may use them. This condition decides it, in
 * SQL, for both forms of the rule below.
 */
function approvedTeacher(teacherId: string) {
  return eb.exists(
    eb
      .selectFrom("User as v")
      .select(sql.lit(1).as("one"))
      .where("v.id", "=", teacherId)
      .where("v.role", "=", sql.lit("teacher"))
      .where("v.verifiedAt", "is not", null),
  );
}

/** A teacher as the rule sees them: whether an administrator approved them. */
export type LessonUser = { id: string; approved: boolean };

export async function lessonUserOf(teacherId: string): Promise<LessonUser> {
  const row = await pagesDb.selectNoFrom(approvedTeacher(teacherId).as("approved")).executeTakeFirst();
  return { id: teacherId, approved: row?.approved === true };
}

/** For the library's note: whether the viewer may use the shared lessons yet. */
export async function mayUseSharedLessons(viewer: Viewer | null): Promise<boolean> {
  return (await lessonUserOf(requireTeacher(viewer).id)).approved;
}

/** Lessons a teacher may read and assign: their own, and the published shared ones once they are approved. */
export const usableBy = (teacher: LessonUser) => ({
  OR: [
    ...(teacher.approved ? [{ ownerId: null, status: "published" as const }] : []),
    { ownerId: teacher.id },
  ],
});

/** usableBy's Prisma `where` for a teacher, with their approval read at each call so it counts at once. */
export async function usableWhere(teacherId: string) {
  return usableBy(await lessonUserOf(teacherId));
}

/** The same rule as usableBy, in SQL over a lesson's columns (e.g. `{ ownerId: eb.ref("l.ownerId"), … }`). */
export function usableBySql(
  teacherId: string,
  lesson: { ownerId: Expression<string | null>; status: Expression<LessonStatus> },
) {
  return eb.or([
    eb.and([
      eb(lesson.ownerId, "is", null),
      eb(lesson.status, "=", sql.lit("published")),
      approvedTeacher(teacherId),
    ]),
    eb(lesson.ownerId, "=", teacherId),
  ]);
}

export const READ_ONLY_MESSAGE =
  "Shared demo lessons are read-only. Duplicate the lesson to your lessons to edit your own copy.";

/**
 * A lesson the teacher may use, with the fields `select` asks for; not found for anything else, garbage ids
 * included, and for a shared lesson while the teacher waits for approval (as if it did not exist).
 */
export async function findUsableLessonOrThrow<S extends Prisma.LessonSelect>(
  teacherId: string,
  lessonId: unknown,
  select: S,
): Promise<Prisma.LessonGetPayload<{ select: S }>> {
  const id = idSchema.safeParse(lessonId);
  const lesson = id.success
    ? await db.lesson.findFirst({ where: { id: id.data, ...(await usableWhere(teacherId)) }, select })
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
