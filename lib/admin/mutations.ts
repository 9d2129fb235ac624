import "server-only";
import { hashPassword } from "../auth/password";
import type { Viewer } from "../auth/viewer-types";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { parseInput } from "../forms/parse";
import { isNamedAdmin, requireAdmin } from "./admin-rights";
import { manageTeacherSchema, type TeacherIntent } from "./schema";
import { temporaryPassword } from "./temporary-password";

export type ManageTeacherResult = {
  message: string;
  /** Only after a reset: shown to the administrator once, stored nowhere but as a hash. */
  temporaryPassword?: string;
};

type Target = { id: string; displayName: string };

const ADMINS_MANAGED_ELSEWHERE =
  "Administrators are managed by whoever runs Lectern (LECTERN_ADMINS or the make-admin command), not here.";

/**
 * Approve, disable, enable or reset the password of a teacher's account. Disabling and a reset bump the
 * session version, so every session the teacher has ends at its next request; a disabled account cannot sign in,
 * and enabling it later does not bring the old sessions back.
 */
export async function manageTeacher(viewer: Viewer | null, input: unknown): Promise<ManageTeacherResult> {
  await requireAdmin(viewer);
  const { intent, teacherId } = parseInput(manageTeacherSchema, input);
  const user = await db.user.findFirst({
    where: { id: teacherId, role: "teacher" },
    select: { id: true, displayName: true, isAdmin: true, email: true, username: true },
  });
  if (!user) throw notFound("Teacher");
  // Approving is safe for anyone (an administrator named in LECTERN_ADMINS may approve their own account); the
  // rest could let one administrator lock out another, so they stay with whoever runs Lectern.
  if (intent !== "approve" && isNamedAdmin(user)) throw new AppError("forbidden", ADMINS_MANAGED_ELSEWHERE);
  return ACTIONS[intent](user);
}

const ACTIONS: Record<TeacherIntent, (t: Target) => Promise<ManageTeacherResult>> = {
  async approve(t) {
    await db.user.updateMany({ where: { id: t.id, verifiedAt: null }, data: { verifiedAt: new Date() } });
    return { message: `${t.displayName} is approved and can now use the shared lessons.` };
  },
  async disable(t) {
    await db.user.updateMany({
      where: { id: t.id, disabledAt: null },
      data: { disabledAt: new Date(), sessionVersion: { increment: 1 } },
    });
    return { message: `${t.displayName}'s account is disabled: they are signed out and cannot sign in.` };
  },
  async enable(t) {
    await db.user.update({ where: { id: t.id }, data: { disabledAt: null } });
    return { message: `${t.displayName}'s account is enabled: they can sign in again.` };
  },
  async "reset-password"(t) {
    const password = temporaryPassword();
    await db.user.update({
      where: { id: t.id },
      data: { passwordHash: await hashPassword(password), sessionVersion: { increment: 1 } },
    });
    return {
      message: `${t.displayName}'s password is reset and their sessions have ended. Give them this temporary password now: it is shown only once. They should change it on their Account page.`,
      temporaryPassword: password,
    };
  },
};
