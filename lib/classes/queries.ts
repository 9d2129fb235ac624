import { db } from "../db";
import { notFound } from "../errors";
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
  const classes = await db.class.findMany({
    where: { teacherId: teacher.id, archivedAt: null },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      name: true,
      joinCode: true,
      _count: { select: { enrollments: true, assignments: true } },
    },
  });
  return classes.map(({ _count, ...c }) => ({
    ...c,
    studentCount: _count.enrollments,
    assignmentCount: _count.assignments,
  }));
}

/** The teacher's own class; any other class answers not found, exactly like a missing one. */
export async function getTeacherClassOrThrow(viewer: Viewer | null, classId: string) {
  const teacher = requireTeacher(viewer);
  const id = idSchema.safeParse(classId);
  const cls =
    id.success &&
    (await db.class.findFirst({
      where: { id: id.data, teacherId: teacher.id },
      select: { id: true, name: true, joinCode: true, createdAt: true },
    }));
  if (!cls) throw notFound("Class");
  return cls;
}

export async function listStudentClasses(viewer: Viewer | null) {
  const student = requireStudent(viewer);
  return db.class.findMany({
    where: { enrollments: { some: { studentId: student.id } }, archivedAt: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true, teacher: { select: { displayName: true } } },
  });
}
