import { db } from "../db";
import type { Viewer } from "./viewer-types";

/**
 * A token is only as good as its account's current session version: sign-out, a password change or
 * disabling the account bumps it and so voids every token issued before, on every device.
 */
export async function viewerFromToken(token: { uid?: string; sv?: number }): Promise<Viewer | null> {
  if (typeof token.uid !== "string" || typeof token.sv !== "number") return null;
  const user = await db.user.findUnique({
    where: { id: token.uid },
    select: { id: true, role: true, displayName: true, sessionVersion: true, disabledAt: true },
  });
  if (!user || user.disabledAt || user.sessionVersion !== token.sv) return null;
  return { id: user.id, role: user.role, displayName: user.displayName };
}

export async function endAllSessions(userId: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
