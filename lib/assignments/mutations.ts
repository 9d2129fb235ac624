import "server-only";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { parseInput } from "../forms/parse";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { taughtClassWhere } from "../classes/access";
import { usableLessonStatus } from "../content/queries";
import { createAssignmentSchema } from "./schema";

/** Assigns a lesson to classes, fixing the question versions it is assigned with. */
export async function createAssignments(viewer: Viewer | null, input: unknown) {
  const teacher = requireTeacher(viewer);
  const data = parseInput(createAssignmentSchema, input);
  const classIds = [...new Set(data.classIds)];
  const owned = await db.class.count({
    where: { id: { in: classIds }, ...taughtClassWhere(teacher.id), archivedAt: null },
  });
  if (owned !== classIds.length) throw notFound("Class");
  const status = await usableLessonStatus(teacher.id, data.lessonId);
  if (status === null) throw notFound("Lesson");
  // A draft is an import whose generated questions are still being reviewed: none of them reach students before.
  if (status === "draft") {
    const message =
      "Publish this lesson before assigning it: its questions are still waiting for your review.";
    throw new AppError("invalid", message, { lessonId: [message] });
  }

  const { classIds: _classIds, ...settings } = data;
  return db.$transaction(async (tx) => {
    // Shares the rows with the editor's row lock: a question being edited in place is either assigned after the
    // edit commits or seen as assigned by the editor (which then writes a new version), never changed under us.
    const questions = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Question" WHERE "lessonId" = ${data.lessonId} AND "retiredAt" IS NULL
      ORDER BY position FOR SHARE`;
    if (questions.length === 0) throw new AppError("invalid", "This lesson has no questions to assign yet.");
    const created = [];
    for (const classId of classIds) {
      created.push(
        await tx.assignment.create({
          data: {
            ...settings,
            classId,
            openAt: data.openAt ?? new Date(),
            createdById: teacher.id,
            questions: { create: questions.map((q, position) => ({ questionId: q.id, position })) },
          },
          select: { id: true, classId: true },
        }),
      );
    }
    return created;
  });
}
