import "server-only";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { parseInput } from "../forms/parse";
import { isUniqueViolation } from "../prisma-errors";
import { getOwnedClassOrThrow } from "./access";
import { newJoinCode } from "./join-code";
import { logRoster } from "./roster-log";
import { deleteClassSchema, renameClassSchema } from "./schema";

/** Class settings: only the class's owner changes them (lib/classes/access.ts). */
export async function renameClass(viewer: Viewer | null, classId: string, input: unknown) {
  const cls = await getOwnedClassOrThrow(viewer, classId);
  const { name } = parseInput(renameClassSchema, input);
  const actorId = requireTeacher(viewer).id;
  return db.$transaction(async (tx) => {
    await tx.class.update({ where: { id: cls.id }, data: { name } });
    await logRoster(tx, {
      classId: cls.id,
      actorId,
      action: "renamed",
      detail: `from ${cls.name} to ${name}`,
    });
    return { id: cls.id, name };
  });
}

/** Archived classes leave every dashboard and stop taking work and joins; their results stay. */
export async function setClassArchived(viewer: Viewer | null, classId: string, archived: boolean) {
  const cls = await getOwnedClassOrThrow(viewer, classId);
  const actorId = requireTeacher(viewer).id;
  if ((cls.archivedAt !== null) === archived) return { id: cls.id, archived };
  return db.$transaction(async (tx) => {
    await tx.class.update({ where: { id: cls.id }, data: { archivedAt: archived ? new Date() : null } });
    await logRoster(tx, { classId: cls.id, actorId, action: archived ? "archived" : "unarchived" });
    return { id: cls.id, archived };
  });
}

/** A new join code (the old one stops working at once), or none: `off` turns joining by code off. */
export async function changeJoinCode(viewer: Viewer | null, classId: string, off: boolean) {
  const cls = await getOwnedClassOrThrow(viewer, classId);
  const actorId = requireTeacher(viewer).id;
  // A collision among 31^6 codes is rare; retrying on the unique index is simpler than reserving codes.
  for (let tries = 0; tries < 5; tries++) {
    const joinCode = off ? null : newJoinCode();
    try {
      return await db.$transaction(async (tx) => {
        await tx.class.update({ where: { id: cls.id }, data: { joinCode } });
        await logRoster(tx, { classId: cls.id, actorId, action: off ? "join_code_off" : "join_code_new" });
        return { id: cls.id, joinCode };
      });
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
    }
  }
  throw new AppError("conflict", "Could not make a unique class code. Please try again.");
}

export const NOT_EMPTY =
  "Only an empty class can be deleted: this one has students (past or present) or assignments. Archive it instead: its results stay.";

/**
 * Deletes a class that never had a student nor an assignment, so no result can be lost; the owner confirms by
 * typing its name. Anything else is archived instead.
 */
export async function deleteClass(viewer: Viewer | null, classId: string, input: unknown) {
  const cls = await getOwnedClassOrThrow(viewer, classId);
  const { confirmName } = parseInput(deleteClassSchema, input);
  if (confirmName.trim() !== cls.name) {
    throw new AppError("invalid", "Type the class's name to confirm.", {
      confirmName: [`Type ${cls.name} exactly to delete the class`],
    });
  }
  return db.$transaction(async (tx) => {
    // Locks the class row: a student joining or an assignment made meanwhile waits, then finds no class.
    const locked = await tx.$queryRaw<
      { id: string }[]
    >`SELECT id FROM "Class" WHERE id = ${cls.id} FOR UPDATE`;
    if (locked.length === 0) throw notFound("Class");
    const [students, assignments] = await Promise.all([
      tx.enrollment.count({ where: { classId: cls.id } }),
      tx.assignment.count({ where: { classId: cls.id } }),
    ]);
    if (students + assignments > 0) throw new AppError("conflict", NOT_EMPTY);
    await tx.class.delete({ where: { id: cls.id } });
    return { id: cls.id, name: cls.name };
  });
}
