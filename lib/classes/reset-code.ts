import "server-only";
import { hashPassword } from "../auth/password";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { db } from "../db";
import { notFound } from "../errors";
import { parseInput } from "../forms/parse";
import { getTaughtClassOrThrow } from "./access";
import { resetCode } from "./one-time-secret";
import { logRoster } from "./roster-log";
import { studentRefSchema } from "./schema";

/** How long a reset code signs a student in: long enough to hand it over in class, short enough to go stale. */
export const RESET_CODE_MINUTES = 15;

export type ResetCodeCard = {
  code: string;
  expiresAt: Date;
  name: string;
  username: string;
  className: string;
};

/**
 * A one-time code with which a student of the class who forgot their password signs in once, within 15 minutes,
 * in place of the password (lib/auth/sign-in.ts); using it ends the student's other sessions, and they then
 * choose a new password. Any teacher of the class may make one; a newer code replaces an unused older one.
 * Shown once, stored as its argon2 hash.
 */
export async function createResetCode(
  viewer: Viewer | null,
  classId: string,
  input: unknown,
  now = new Date(),
): Promise<ResetCodeCard> {
  const cls = await getTaughtClassOrThrow(viewer, classId);
  const actorId = requireTeacher(viewer).id;
  const { studentId } = parseInput(studentRefSchema, input);
  const enrolled = await db.enrollment.findFirst({
    where: { classId: cls.id, studentId, endedAt: null },
    select: { student: { select: { displayName: true, username: true } } },
  });
  if (!enrolled) throw notFound("Student");
  const code = resetCode();
  const codeHash = await hashPassword(code);
  const expiresAt = new Date(now.getTime() + RESET_CODE_MINUTES * 60_000);
  await db.$transaction(async (tx) => {
    await tx.passwordResetCode.deleteMany({ where: { studentId, usedAt: null } });
    await tx.passwordResetCode.create({ data: { studentId, codeHash, expiresAt, createdById: actorId } });
    await logRoster(tx, { classId: cls.id, actorId, action: "password_reset", studentId });
  });
  return {
    code,
    expiresAt,
    name: enrolled.student.displayName,
    username: enrolled.student.username ?? "",
    className: cls.name,
  };
}
