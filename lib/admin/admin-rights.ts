import "server-only";
import { cache } from "react";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { env } from "../env";
import { AppError } from "../errors";
import { pagesDb } from "../sql";

type AdminCandidate = { isAdmin: boolean; email: string | null; username: string | null };

/**
 * An administrator is stored (isAdmin, from make-admin) or named by LECTERN_ADMINS, which is read at start, so
 * removing a name takes the rights away at the next start. Never "the first account": the demo seed makes the
 * first account of every empty database.
 */
export function isNamedAdmin(user: AdminCandidate): boolean {
  const names = env.LECTERN_ADMINS;
  return (
    user.isAdmin ||
    (user.email !== null && names.includes(user.email)) ||
    (user.username !== null && names.includes(user.username))
  );
}

/** Only an active teacher can be an administrator: a student named in LECTERN_ADMINS gets nothing. */
export function isActiveAdmin(user: AdminCandidate & { role: string; disabledAt: Date | null }): boolean {
  return user.role === "teacher" && user.disabledAt === null && isNamedAdmin(user);
}

/** The account's columns isActiveAdmin reads. */
export const ADMIN_COLUMNS = ["role", "disabledAt", "isAdmin", "email", "username"] as const;

async function isAdmin(userId: string): Promise<boolean> {
  const user = await pagesDb
    .selectFrom("User")
    .select(ADMIN_COLUMNS)
    .where("id", "=", userId)
    .executeTakeFirst();
  return user ? isActiveAdmin(user) : false;
}

/** For the administrators' pages: whether the viewer administers the school, read once per request. */
export const viewerIsAdmin = cache(async (viewer: Viewer | null) => viewer !== null && isAdmin(viewer.id));

/** Administrators' reads and writes: anonymous callers are unauthorized, everyone else forbidden. */
export async function requireAdmin(viewer: Viewer | null): Promise<Viewer> {
  const teacher = requireTeacher(viewer);
  if (!(await isAdmin(teacher.id)))
    throw new AppError("forbidden", "Only a school administrator can do this.");
  return teacher;
}
