import "server-only";
import type { Viewer } from "../auth/viewer-types";
import { db } from "../db";
import { isNamedAdmin, requireAdmin } from "./admin-rights";
import type { AdminTeacher } from "./admin-teacher";

/** Every teacher account, by name, for an administrator (the page splits off the ones waiting for approval). */
export async function listTeachersForAdmin(viewer: Viewer | null): Promise<AdminTeacher[]> {
  await requireAdmin(viewer);
  const teachers = await db.user.findMany({
    where: { role: "teacher" },
    orderBy: [{ displayName: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      displayName: true,
      email: true,
      username: true,
      isAdmin: true,
      createdAt: true,
      verifiedAt: true,
      disabledAt: true,
    },
  });
  return teachers.map((t) => ({
    id: t.id,
    displayName: t.displayName,
    email: t.email ?? t.username ?? "",
    createdAt: t.createdAt,
    approved: t.verifiedAt !== null,
    disabled: t.disabledAt !== null,
    admin: isNamedAdmin(t),
  }));
}
