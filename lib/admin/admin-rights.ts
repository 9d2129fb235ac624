import "server-only";
import { cache } from "react";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { pool } from "../db-pool";
import { env } from "../env";
import { AppError } from "../errors";

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
async function isAdmin(userId: string): Promise<boolean> {
  const { rows } = await pool.query<AdminCandidate>(
    `SELECT "isAdmin", email, username FROM "User"
     WHERE id = $1 AND role = 'TEACHER' AND "disabledAt" IS NULL`,
    [userId],
  );
  return rows[0] ? isNamedAdmin(rows[0]) : false;
}

/** For pages: whether the viewer administers the school, read once per request (the header and the page ask). */
export const viewerIsAdmin = cache(async (viewer: Viewer | null) => viewer !== null && isAdmin(viewer.id));

/** Administrators' reads and writes: anonymous callers are unauthorized, everyone else forbidden. */
export async function requireAdmin(viewer: Viewer | null): Promise<Viewer> {
  const teacher = requireTeacher(viewer);
  if (!(await isAdmin(teacher.id)))
    throw new AppError("forbidden", "Only a school administrator can do this.");
  return teacher;
}
