import "server-only";
import type { ClientBase } from "pg";
import { scoreAttempt, type AttemptScore } from "../grading/score";
import { skillPointsOf } from "./skill-points";

/**
 * Recomputes a submitted attempt's score from its stored response points, after a teacher graded or changed one.
 * A question with no response counts 0; a response still without points keeps the score provisional.
 * The caller holds the attempt's row lock.
 */
export async function rescoreAttempt(
  client: ClientBase,
  attempt: { id: string; assignmentId: string },
): Promise<AttemptScore> {
  const { rows } = await client.query<{ maxPoints: number; points: number | null }>(
    `SELECT q.points::float8 AS "maxPoints", CASE WHEN r.id IS NULL THEN 0 ELSE r.points END AS points
     FROM "AssignmentQuestion" aq
     JOIN "Question" q ON q.id = aq."questionId"
     LEFT JOIN "Response" r ON r."attemptId" = $1 AND r."questionId" = aq."questionId"
     WHERE aq."assignmentId" = $2`,
    [attempt.id, attempt.assignmentId],
  );
  const score = scoreAttempt(rows);
  await client.query(
    `UPDATE "Attempt" SET points = $2, "maxPoints" = $3, percent = $4, provisional = $5,
       "skillPoints" = ${skillPointsOf("$1")}
     WHERE id = $1`,
    [attempt.id, score.points, score.maxPoints, score.percent, score.provisional],
  );
  return score;
}
