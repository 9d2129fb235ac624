import "server-only";
import { db } from "../db";
import { AppError } from "../errors";
import { parseInput } from "../forms/parse";
import { hashPassword, verifyPassword } from "../auth/password";
import { requireViewer } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { changePasswordSchema } from "./schema";

/** Changes the viewer's password and ends every session they have, on every device. */
export async function changePassword(viewer: Viewer | null, input: unknown): Promise<void> {
  const me = requireViewer(viewer);
  const data = parseInput(changePasswordSchema, input);
  const user = await db.user.findUniqueOrThrow({ where: { id: me.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, data.currentPassword))) {
    throw new AppError("invalid", "Your current password is not right.", {
      currentPassword: ["This is not your current password"],
    });
  }
  await db.user.update({
    where: { id: me.id },
    data: { passwordHash: await hashPassword(data.newPassword), sessionVersion: { increment: 1 } },
  });
}
