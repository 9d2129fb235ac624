import "server-only";
import { db } from "../db";
import { pool } from "../db-pool";
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
  // Counted per class through the indexes: Prisma's relation _count aggregates the whole Enrollment and
  // Assignment tables on every call, a district's worth of rows for one teacher's handful of classes.
  const { rows } = await pool.query<ClassSummary>(
    `SELECT c.id, c.name, c."joinCode",
       (SELECT count(*) FROM "Enrollment" e WHERE e."classId" = c.id)::int AS "studentCount",
       (SELECT count(*) FROM "Assignment" a WHERE a."classId" = c.id)::int AS "assignmentCount"
     FROM "Class" c
     WHERE c."teacherId" = $1 AND c."archivedAt" IS NULL
     ORDER BY c."createdAt" DESC, c.id`,
    [teacher.id],
  );
  return rows;
}

/**
 * The teacher's own class; any other class answers not found, exactly like a missing one. One plain statement:
 * every results page starts here, and a Prisma call costs several times its CPU.
 */
export async function getTeacherClassOrThrow(viewer: Viewer | null, classId: string) {
  const teacher = requireTeacher(viewer);
  const id = idSchema.safeParse(classId);
  if (!id.success) throw notFound("Class");
  const { rows } = await pool.query<{ id: string; name: string; joinCode: string; createdAt: Date }>(
    `SELECT id, name, "joinCode", "createdAt"
     FROM "Class" WHERE id = $1 AND "teacherId" = $2`,
    [id.data, teacher.id],
  );
  if (!rows[0]) throw notFound("Class");
  return rows[0];
}

export async function listStudentClasses(viewer: Viewer | null) {
  const student = requireStudent(viewer);
  return db.class.findMany({
    where: { enrollments: { some: { studentId: student.id } }, archivedAt: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true, teacher: { select: { displayName: true } } },
  });
}
