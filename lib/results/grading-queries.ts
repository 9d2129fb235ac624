import type { Viewer } from "../auth/viewer-types";
import { idSchema } from "../classes/schema";
import { pool } from "../db-pool";
import { getTeacherAssignmentOrThrow } from "./assignment-report";

const RESPONSES_SQL = `
  SELECT r.id, r."questionId", COALESCE(r.answer ->> 'text', '') AS text, r.points, r.feedback,
    u."displayName", u.username, at.number AS "attemptNumber"
  FROM "Attempt" at
  JOIN "Response" r ON r."attemptId" = at.id
  JOIN "User" u ON u.id = at."studentId"
  WHERE at."assignmentId" = $1 AND at.status = 'SUBMITTED' AND r."questionId" = $2
    AND ($3 = false OR r.points IS NULL)
  ORDER BY r.points IS NOT NULL, u."displayName", u.username, at.number`;

const COUNTS_SQL = `
  SELECT r."questionId", count(*) FILTER (WHERE r.points IS NULL)::int AS ungraded, count(*)::int AS total
  FROM "Attempt" at JOIN "Response" r ON r."attemptId" = at.id
  WHERE at."assignmentId" = $1 AND at.status = 'SUBMITTED' AND r."questionId" = ANY($2)
  GROUP BY r."questionId"`;

export type ResponseToGrade = {
  id: string;
  questionId: string;
  text: string;
  points: number | null;
  feedback: string | null;
  displayName: string;
  username: string | null;
  attemptNumber: number;
};

/**
 * The open-response questions of an assignment with how many answers wait for grading, and every submitted answer
 * to the chosen one (ungraded first), with the rubric beside them. Teachers of the class only.
 */
export async function getResponsesToGrade(
  viewer: Viewer | null,
  assignmentId: string,
  options: { questionId?: string; ungradedOnly?: boolean } = {},
) {
  const assignment = await getTeacherAssignmentOrThrow(viewer, assignmentId);
  const open = assignment.questions
    .filter(({ question }) => question.type === "OPEN_RESPONSE")
    .map(({ position, question }) => ({
      id: question.id,
      number: position + 1,
      prompt: question.prompt,
      points: question.points,
      rubric: question.rubric,
    }));
  const wanted = idSchema.safeParse(options.questionId);
  const chosen = open.find((q) => wanted.success && q.id === wanted.data) ?? open[0] ?? null;
  const ungradedOnly = options.ungradedOnly ?? false;
  const [counts, responses] = await Promise.all([
    pool.query<{ questionId: string; ungraded: number; total: number }>(COUNTS_SQL, [
      assignment.id,
      open.map((q) => q.id),
    ]),
    chosen
      ? pool.query<ResponseToGrade>(RESPONSES_SQL, [assignment.id, chosen.id, ungradedOnly])
      : Promise.resolve({ rows: [] as ResponseToGrade[] }),
  ]);
  const countOf = new Map(counts.rows.map((c) => [c.questionId, c]));
  return {
    assignment: { id: assignment.id, class: assignment.class, lesson: assignment.lesson },
    questions: open.map((q) => ({
      ...q,
      ungraded: countOf.get(q.id)?.ungraded ?? 0,
      total: countOf.get(q.id)?.total ?? 0,
    })),
    chosen,
    ungradedOnly,
    responses: responses.rows,
  };
}
