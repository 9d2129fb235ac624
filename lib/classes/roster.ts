import "server-only";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { parseInput } from "../forms/parse";
import { pagesDb } from "../sql";
import { getOwnedClassOrThrow, getTaughtClassOrThrow, type ClassRole } from "./access";
import { logRoster } from "./roster-log";
import { moveStudentSchema, studentRefSchema } from "./schema";

export type RosterStudent = {
  id: string;
  displayName: string;
  username: string | null;
  joinedAt: Date;
  /** When they left (removed or moved); null while in the class. */
  leftAt: Date | null;
  attempts: number;
};

/**
 * The class's students for its teachers, those still in it first, then those who left, each with how many
 * attempts they made on the class's assignments (a student who left keeps every one).
 */
export async function getClassRoster(viewer: Viewer | null, classId: string) {
  const cls = await getTaughtClassOrThrow(viewer, classId);
  const [students, coTeachers, owner, otherClasses] = await Promise.all([
    pagesDb
      .selectFrom("Enrollment as e")
      .innerJoin("User as u", "u.id", "e.studentId")
      .select((eb) => [
        "u.id",
        "u.displayName",
        "u.username",
        "e.createdAt as joinedAt",
        "e.endedAt as leftAt",
        eb
          .selectFrom("Attempt as at")
          .innerJoin("Assignment as a", "a.id", "at.assignmentId")
          .whereRef("at.studentId", "=", "u.id")
          .where("a.classId", "=", cls.id)
          .select((s) => s.fn.countAll<string>().as("n"))
          .$asScalar()
          .$notNull()
          .as("attempts"),
      ])
      .where("e.classId", "=", cls.id)
      .orderBy((eb) => eb("e.endedAt", "is not", null))
      .orderBy("u.displayName")
      .orderBy("u.username")
      .execute(),
    db.classTeacher.findMany({
      where: { classId: cls.id },
      orderBy: { createdAt: "asc" },
      select: { teacher: { select: { id: true, displayName: true, email: true } } },
    }),
    db.user.findUniqueOrThrow({ where: { id: cls.ownerId }, select: { displayName: true, email: true } }),
    // Where the owner may move a student: their other open classes.
    cls.role === "owner"
      ? db.class.findMany({
          where: { teacherId: cls.ownerId, archivedAt: null, id: { not: cls.id } },
          orderBy: { name: "asc" },
          select: { id: true, name: true },
        })
      : Promise.resolve([]),
  ]);
  return {
    class: cls,
    role: cls.role as ClassRole,
    owner,
    coTeachers: coTeachers.map((c) => c.teacher),
    otherClasses,
    students: students.map((s): RosterStudent => ({ ...s, attempts: Number(s.attempts) })),
  };
}

/** Ends the student's enrollment in a class the viewer owns (a soft leave: the row and every attempt stay). */
export async function removeStudent(viewer: Viewer | null, classId: string, input: unknown) {
  const cls = await getOwnedClassOrThrow(viewer, classId);
  const { studentId } = parseInput(studentRefSchema, input);
  const actor = requireTeacher(viewer);
  return db.$transaction(async (tx) => {
    const ended = await tx.enrollment.updateMany({
      where: { classId: cls.id, studentId, endedAt: null },
      data: { endedAt: new Date() },
    });
    if (ended.count === 0) throw notFound("Student");
    await logRoster(tx, { classId: cls.id, actorId: actor.id, action: "removed", studentId });
    return { studentId };
  });
}

/**
 * Moves a student from a class the viewer owns to another open class they own: a leave from one and a join to the
 * other in one transaction. Their attempts stay with the old class's assignments, where its results show them.
 */
export async function moveStudent(viewer: Viewer | null, classId: string, input: unknown) {
  const from = await getOwnedClassOrThrow(viewer, classId);
  const { studentId, toClassId } = parseInput(moveStudentSchema, input);
  const actor = requireTeacher(viewer);
  const to = await db.class.findFirst({
    where: { id: toClassId, teacherId: actor.id, archivedAt: null },
    select: { id: true, name: true },
  });
  if (!to || to.id === from.id) {
    throw new AppError("invalid", "Choose another open class of yours.", {
      toClassId: ["Choose another open class of yours"],
    });
  }
  return db.$transaction(async (tx) => {
    const ended = await tx.enrollment.updateMany({
      where: { classId: from.id, studentId, endedAt: null },
      data: { endedAt: new Date() },
    });
    if (ended.count === 0) throw notFound("Student");
    await tx.enrollment.upsert({
      where: { classId_studentId: { classId: to.id, studentId } },
      create: { classId: to.id, studentId },
      update: { endedAt: null },
    });
    await logRoster(
      tx,
      { classId: from.id, actorId: actor.id, action: "moved_out", studentId, detail: `to ${to.name}` },
      { classId: to.id, actorId: actor.id, action: "moved_in", studentId, detail: `from ${from.name}` },
    );
    return { studentId, toClassId: to.id, toClassName: to.name };
  });
}
