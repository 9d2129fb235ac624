import "server-only";
import { z } from "zod";
import { hashPassword } from "../auth/password";
import { requireViewer } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { db } from "../db";
import { AppError } from "../errors";
import { parseInput } from "../forms/parse";
import { passwordSchema } from "./schema";

const ownPasswordSchema = z
  .object({ newPassword: passwordSchema, confirmPassword: z.string().max(200) })
  .refine((d) => d.newPassword === d.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two passwords do not match",
  });

/**
 * Sets the password of an account that must choose one; no current password is asked, as the one it signed in
 * with was someone else's to know. The session stays: the sign-in that led here already ended every other one.
 */
export async function chooseOwnPassword(viewer: Viewer | null, input: unknown): Promise<void> {
  const me = requireViewer(viewer);
  const { newPassword } = parseInput(ownPasswordSchema, input);
  const passwordHash = await hashPassword(newPassword);
  const updated = await db.user.updateMany({
    where: { id: me.id, mustChangePassword: true },
    data: { passwordHash, mustChangePassword: false },
  });
  if (updated.count === 0) {
    throw new AppError("conflict", "Your password is already your own: change it on your Account page.");
  }
}
