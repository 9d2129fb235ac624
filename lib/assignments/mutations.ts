import { db } from "../db";
import { AppError, notFound } from "../errors";
import { parseInput } from "../forms/parse";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { canTeacherUseLesson } from "../content/queries";
import { createAssignmentSchema } from "./schema";

/** Assigns a lesson to classes, fixing the question versions it is assigned with. */
export async function createAssignments(viewer: Viewer | null, input: unknown) {
  const teacher = requireTeacher(viewer);
  const data = parseInput(createAssignmentSchema, input);
  const classIds = [...new Set(data.classIds)];
  const owned = await db.class.count({
    where: { id: { in: classIds }, teacherId: teacher.id, archivedAt: null },
  });
  if (owned !== classIds.length) throw notFound("Class");
  if (!(await canTeacherUseLesson(teacher.id, data.lessonId))) throw notFound("Lesson");

  const questions = await db.question.findMany({
    where: { lessonId: data.lessonId, retiredAt: null },
    orderBy: { position: "asc" },
    select: { id: true },
  });
  if (questions.length === 0) throw new AppError("invalid", "This lesson has no questions to assign yet.");

  const { classIds: _classIds, ...settings } = data;
  return db.$transaction(
    classIds.map((classId) =>
      db.assignment.create({
        data: {
          ...settings,
          classId,
          openAt: data.openAt ?? new Date(),
          createdById: teacher.id,
          questions: { create: questions.map((q, position) => ({ questionId: q.id, position })) },
        },
        select: { id: true, classId: true },
      }),
    ),
  );
}
