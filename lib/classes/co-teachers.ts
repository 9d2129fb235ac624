import "server-only";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { parseInput } from "../forms/parse";
import { getOwnedClassOrThrow } from "./access";
import { logRoster } from "./roster-log";
import { coTeacherEmailSchema, coTeacherRefSchema } from "./schema";

const NO_SUCH_TEACHER = "No approved teacher has that email address.";

/**
 * Shares a class the viewer owns with another teacher, who must be approved by a school administrator (the same
 * verification the shared lessons ask for) and not disabled. They then teach the class as the owner does, except
 * for what lib/classes/access.ts keeps to the owner.
 */
export async function addCoTeacher(viewer: Viewer | null, classId: string, input: unknown) {
  const cls = await getOwnedClassOrThrow(viewer, classId);
  const { email } = parseInput(coTeacherEmailSchema, input);
  const actorId = requireTeacher(viewer).id;
  const teacher = await db.user.findFirst({
    where: { email, role: "teacher", verifiedAt: { not: null }, disabledAt: null },
    select: { id: true, displayName: true },
  });
  if (!teacher) throw new AppError("invalid", NO_SUCH_TEACHER, { email: [NO_SUCH_TEACHER] });
  if (teacher.id === cls.ownerId) {
    throw new AppError("invalid", "You own this class already.", { email: ["That is you, the owner"] });
  }
  return db.$transaction(async (tx) => {
    const created = await tx.classTeacher.createMany({
      data: [{ classId: cls.id, teacherId: teacher.id }],
      skipDuplicates: true,
    });
    if (created.count === 0) {
      throw new AppError("conflict", `${teacher.displayName} already teaches this class.`, {
        email: ["Already a co-teacher of this class"],
      });
    }
    await logRoster(tx, {
      classId: cls.id,
      actorId,
      action: "co_teacher_added",
      detail: teacher.displayName,
    });
    return { teacherId: teacher.id, displayName: teacher.displayName };
  });
}

export async function removeCoTeacher(viewer: Viewer | null, classId: string, input: unknown) {
  const cls = await getOwnedClassOrThrow(viewer, classId);
  const { teacherId } = parseInput(coTeacherRefSchema, input);
  const actorId = requireTeacher(viewer).id;
  return db.$transaction(async (tx) => {
    const row = await tx.classTeacher.findUnique({
      where: { classId_teacherId: { classId: cls.id, teacherId } },
      select: { teacher: { select: { displayName: true } } },
    });
    // deleteMany, not delete: a removal racing this one may have taken the row since it was read.
    const { count } = await tx.classTeacher.deleteMany({ where: { classId: cls.id, teacherId } });
    if (!row || count === 0) throw notFound("Co-teacher");
    await logRoster(tx, {
      classId: cls.id,
      actorId,
      action: "co_teacher_removed",
      detail: row.teacher.displayName,
    });
    return { teacherId };
  });
}
