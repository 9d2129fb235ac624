import "server-only";
import type { Viewer } from "../auth/viewer-types";
import { pool } from "../db-pool";
import { getTeacherAssignmentScope } from "./assignment-scope";

/** Mirrors isAnswered() in lib/grading/answer.ts: a saved draft with a cleared selection is not an answer. */
const ANSWERED = `(
  COALESCE(r.answer ->> 'choiceId', '') <> ''
  OR jsonb_array_length(COALESCE(r.answer -> 'choiceIds', '[]')) > 0
  OR btrim(COALESCE(r.answer ->> 'text', '')) <> ''
)`;

export const PROGRESS_SQL = `
  WITH latest AS (
    SELECT DISTINCT ON ("studentId") id, "studentId", status, "startedAt", "submittedAt"
    FROM "Attempt" WHERE "assignmentId" = $1
    ORDER BY "studentId", number DESC
  )
  SELECT u.id, u."displayName", l.status,
    l."startedAt", l."submittedAt",
    (SELECT count(*) FROM "Response" r WHERE r."attemptId" = l.id AND ${ANSWERED})::int AS answered
  FROM "Enrollment" e
  JOIN "User" u ON u.id = e."studentId"
  LEFT JOIN latest l ON l."studentId" = e."studentId"
  WHERE e."classId" = $2
  ORDER BY u."displayName", u.username, u.id`;

export type LiveProgressRow = {
  id: string;
  displayName: string;
  status: "IN_PROGRESS" | "SUBMITTED" | null;
  startedAt: string | null;
  submittedAt: string | null;
  answered: number;
};

/** Who has started the assignment, how many questions each has answered in their latest attempt, who has submitted. */
export async function getLiveProgress(viewer: Viewer | null, assignmentId: string) {
  const assignment = await getTeacherAssignmentScope(viewer, assignmentId);
  const { rows } = await pool.query<
    Omit<LiveProgressRow, "startedAt" | "submittedAt"> & {
      startedAt: Date | null;
      submittedAt: Date | null;
    }
  >(PROGRESS_SQL, [assignment.id, assignment.classId]);
  return {
    questionCount: assignment.questionCount,
    students: rows.map((r): LiveProgressRow => ({
      ...r,
      startedAt: r.startedAt?.toISOString() ?? null,
      submittedAt: r.submittedAt?.toISOString() ?? null,
    })),
  };
}

export type LiveProgress = Awaited<ReturnType<typeof getLiveProgress>>;
