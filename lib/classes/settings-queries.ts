import "server-only";
import type { Viewer } from "../auth/viewer-types";
import { db } from "../db";
import { getOwnedClassOrThrow } from "./access";

/** A class's settings, for its owner only, and whether it is empty enough to delete (settings.ts). */
export async function getClassSettings(viewer: Viewer | null, classId: string) {
  const cls = await getOwnedClassOrThrow(viewer, classId);
  const [students, assignments] = await Promise.all([
    db.enrollment.count({ where: { classId: cls.id } }),
    db.assignment.count({ where: { classId: cls.id } }),
  ]);
  return { ...cls, empty: students + assignments === 0 };
}
