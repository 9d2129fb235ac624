import "server-only";
import { db } from "../db";
import { verifyPassword } from "./password";

/**
 * Signs a student in with a reset code their teacher made (lib/classes/reset-code.ts) in place of their password:
 * the newest unused code, before it expires, once. Using it ends every other session of the student (the session
 * version is bumped, and the new session carries the new version) and asks them to choose a new password.
 * Returns the new session version, or null when there is no such code or it does not match.
 */
export async function signInWithResetCode(
  studentId: string,
  code: string,
  now = new Date(),
): Promise<number | null> {
  const live = await db.passwordResetCode.findFirst({
    where: { studentId, usedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: { id: true, codeHash: true },
  });
  if (!live || !(await verifyPassword(live.codeHash, code.trim().toLowerCase()))) return null;
  return db.$transaction(async (tx) => {
    // Two sign-ins with the same code at once: only the one that marks it used goes on.
    const used = await tx.passwordResetCode.updateMany({
      where: { id: live.id, usedAt: null },
      data: { usedAt: now },
    });
    if (used.count === 0) return null;
    const user = await tx.user.update({
      where: { id: studentId },
      data: { sessionVersion: { increment: 1 }, mustChangePassword: true },
      select: { sessionVersion: true },
    });
    return user.sessionVersion;
  });
}
