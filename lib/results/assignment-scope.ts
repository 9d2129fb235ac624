import "server-only";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { idSchema } from "../classes/schema";
import { pool } from "../db-pool";
import { notFound } from "../errors";

/**
 * The lean ownership check for endpoints polled every few seconds: one statement instead of loading the
 * assignment's questions. Another teacher's assignment answers not found, like a missing one.
 */
export async function getTeacherAssignmentScope(viewer: Viewer | null, assignmentId: string) {
  const teacher = requireTeacher(viewer);
  const id = idSchema.safeParse(assignmentId);
  if (!id.success) throw notFound("Assignment");
  const { rows } = await pool.query<{ id: string; classId: string; questionCount: number }>(
    `SELECT a.id, a."classId",
       (SELECT count(*) FROM "AssignmentQuestion" aq WHERE aq."assignmentId" = a.id)::int AS "questionCount"
     FROM "Assignment" a JOIN "Class" c ON c.id = a."classId"
     WHERE a.id = $1 AND c."teacherId" = $2`,
    [id.data, teacher.id],
  );
  if (!rows[0]) throw notFound("Assignment");
  return rows[0];
}
