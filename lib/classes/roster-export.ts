import "server-only";
import type { Viewer } from "../auth/viewer-types";
import { db } from "../db";
import { slugify } from "../slugify";
import { getTaughtClassOrThrow } from "./access";
import { rosterCsv } from "./roster-csv";

/** A class's roster as a CSV download, for any of its teachers (owner or co-teacher): those in it first. */
export async function exportClassRoster(viewer: Viewer | null, classId: string) {
  const cls = await getTaughtClassOrThrow(viewer, classId);
  const enrollments = await db.enrollment.findMany({
    where: { classId: cls.id },
    orderBy: [{ endedAt: { sort: "desc", nulls: "first" } }, { student: { displayName: "asc" } }],
    select: {
      createdAt: true,
      endedAt: true,
      student: { select: { displayName: true, username: true, disabledAt: true, lastSignInAt: true } },
    },
  });
  const csv = rosterCsv(enrollments.map((e) => ({ ...e.student, joinedAt: e.createdAt, leftAt: e.endedAt })));
  return { filename: `${slugify(cls.name, "class", 60)}-roster.csv`, csv };
}
