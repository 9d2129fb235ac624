import "server-only";
import { db } from "../db";
import { countOf, pagesDb } from "../sql";
import { requireStudent, requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { getTaughtClassOrThrow, teachesClass, type ClassRole } from "./access";

export type ClassSummary = {
  id: string;
  name: string;
  joinCode: string | null;
  role: ClassRole;
  archived: boolean;
  studentCount: number;
  assignmentCount: number;
};

/**
 * The classes the teacher teaches (owns or co-teaches), open ones unless `archived` asks for the archived ones:
 * an archived class leaves the dashboard and keeps its results. Students are counted while in the class.
 */
export async function listTeacherClasses(
  viewer: Viewer | null,
  { archived = false }: { archived?: boolean } = {},
): Promise<ClassSummary[]> {
  const teacher = requireTeacher(viewer);
  // Counted per class through the indexes: Prisma's relation _count aggregates the whole Enrollment and
  // Assignment tables on every call, a district's worth of rows for one teacher's handful of classes.
  const rows = await pagesDb
    .selectFrom("Class as c")
    .select((eb) => [
      "c.id",
      "c.name",
      "c.joinCode",
      "c.teacherId",
      "c.archivedAt",
      countOf(
        eb.selectFrom("Enrollment as e").whereRef("e.classId", "=", "c.id").where("e.endedAt", "is", null),
      ).as("studentCount"),
      countOf(eb.selectFrom("Assignment as a").whereRef("a.classId", "=", "c.id")).as("assignmentCount"),
    ])
    .where((eb) => teachesClass(eb.ref("c.id"), teacher.id))
    .where("c.archivedAt", archived ? "is not" : "is", null)
    .orderBy("c.createdAt", "desc")
    .orderBy("c.id")
    .execute();
  return rows.map(({ teacherId, archivedAt, ...c }) => ({
    ...c,
    archived: archivedAt !== null,
    role: teacherId === teacher.id ? "owner" : "co-teacher",
  }));
}

/** A class the teacher teaches (lib/classes/access.ts); any other class answers not found. */
export async function getTeacherClassOrThrow(viewer: Viewer | null, classId: string) {
  return getTaughtClassOrThrow(viewer, classId);
}

export async function listStudentClasses(viewer: Viewer | null) {
  const student = requireStudent(viewer);
  return db.class.findMany({
    where: { enrollments: { some: { studentId: student.id, endedAt: null } }, archivedAt: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true, teacher: { select: { displayName: true } } },
  });
}
