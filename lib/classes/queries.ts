import "server-only";
import { db } from "../db";
import { notFound } from "../errors";
import { countOf, pagesDb } from "../sql";
import { requireStudent, requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { idSchema } from "./schema";

export type ClassSummary = {
  id: string;
  name: string;
  joinCode: string;
  studentCount: number;
  assignmentCount: number;
};

export async function listTeacherClasses(viewer: Viewer | null): Promise<ClassSummary[]> {
  const teacher = requireTeacher(viewer);
  // Counted per class through the indexes: Prisma's relation _count aggregates the whole Enrollment and
  // Assignment tables on every call, a district's worth of rows for one teacher's handful of classes.
  return pagesDb
    .selectFrom("Class as c")
    .select((eb) => [
      "c.id",
      "c.name",
      "c.joinCode",
      countOf(eb.selectFrom("Enrollment as e").whereRef("e.classId", "=", "c.id")).as("studentCount"),
      countOf(eb.selectFrom("Assignment as a").whereRef("a.classId", "=", "c.id")).as("assignmentCount"),
    ])
    .where("c.teacherId", "=", teacher.id)
    .where("c.archivedAt", "is", null)
    .orderBy("c.createdAt", "desc")
    .orderBy("c.id")
    .execute();
}

/**
 * The teacher's own class; any other class answers not found, exactly like a missing one. One plain statement:
 * every results page starts here, and a Prisma call costs several times its CPU.
 */
export async function getTeacherClassOrThrow(viewer: Viewer | null, classId: string) {
  const teacher = requireTeacher(viewer);
  const id = idSchema.safeParse(classId);
  if (!id.success) throw notFound("Class");
  const found = await pagesDb
    .selectFrom("Class")
    .select(["id", "name", "joinCode", "createdAt"])
    .where("id", "=", id.data)
    .where("teacherId", "=", teacher.id)
    .executeTakeFirst();
  if (!found) throw notFound("Class");
  return found;
}

export async function listStudentClasses(viewer: Viewer | null) {
  const student = requireStudent(viewer);
  return db.class.findMany({
    where: { enrollments: { some: { studentId: student.id } }, archivedAt: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true, teacher: { select: { displayName: true } } },
  });
}
