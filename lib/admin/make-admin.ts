import "server-only";
import type { Db } from "../db";

export type MakeAdminResult =
  { ok: true; displayName: string; login: string } | { ok: false; reason: "no_account" | "student" };

/**
 * Makes a teacher a school administrator, for `npm run cli -- make-admin`: whoever can run it already holds the
 * database. It approves them too, since an administrator is trusted with approving everyone else.
 */
export async function makeAdmin(db: Db, usernameOrEmail: string): Promise<MakeAdminResult> {
  const login = usernameOrEmail.trim().toLowerCase();
  const user = login
    ? await db.user.findFirst({
        where: login.includes("@") ? { email: login } : { username: login },
        select: { id: true, role: true, displayName: true, verifiedAt: true },
      })
    : null;
  if (!user) return { ok: false, reason: "no_account" };
  if (user.role !== "teacher") return { ok: false, reason: "student" };
  await db.user.update({
    where: { id: user.id },
    data: { isAdmin: true, verifiedAt: user.verifiedAt ?? new Date() },
  });
  return { ok: true, displayName: user.displayName, login };
}
