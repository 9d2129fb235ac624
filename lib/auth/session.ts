import "server-only";
import { db } from "../db";
import { pagesDb } from "../sql";
import type { Viewer } from "./viewer-types";

/**
 * A token is only as good as its account's current session version: sign-out, a password change or
 * disabling the account bumps it and so voids every token issued before, on every device.
 */
export async function viewerFromToken(token: { uid?: string; sv?: number }): Promise<Viewer | null> {
  if (typeof token.uid !== "string" || typeof token.sv !== "number") return null;
  // Every page and endpoint runs this: one plain statement on the pg pool costs a fraction of a Prisma call.
  const viewer = await pagesDb
    .selectFrom("User")
    .select(["id", "role", "displayName"])
    .where("id", "=", token.uid)
    .where("sessionVersion", "=", token.sv)
    .where("disabledAt", "is", null)
    .executeTakeFirst();
  return viewer ?? null;
}

export async function endAllSessions(userId: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
