import "server-only";
import type { ClientBase } from "pg";
import { answerSchema } from "../grading/answer";
import { gradeAnswer } from "../grading/grade";
import { scoreAttempt } from "../grading/score";
import { assignmentKeys } from "./answer-key-cache";
import { skillPointsOf } from "./skill-points";

export type LockedAttempt = { id: string; assignmentId: string; dueAt: Date };

export type SubmittedScore = {
  id: string;
  points: number;
  maxPoints: number;
  percent: number;
  provisional: boolean;
  late: boolean;
};

export const SCORE_COLUMNS = `id, points, "maxPoints", percent, provisional, late`;

/**
 * Grades a locked, in-progress attempt against the question versions of its assignment and marks it
 * submitted. The caller holds the attempt's row lock inside a transaction on `client`, so this runs once
 * per attempt. Plain statements keep it to four round trips: a whole class submitting at the bell is the
 * hottest write path.
 */
export async function gradeAndSubmit(
  client: ClientBase,
  attempt: LockedAttempt,
  now: Date,
): Promise<SubmittedScore> {
  const keys = await assignmentKeys(client, attempt.assignmentId);
  const { rows: responses } = await client.query<{ id: string; questionId: string; answer: unknown }>(
    `SELECT id, "questionId", answer FROM "Response" WHERE "attemptId" = $1`,
    [attempt.id],
  );
  const byQuestion = new Map(responses.map((r) => [r.questionId, r]));
  const items = keys.map(({ questionId, key, maxPoints }) => {
    const response = byQuestion.get(questionId);
    const parsed = response ? answerSchema.safeParse(response.answer) : null;
    return { response, maxPoints, grade: gradeAnswer(key, parsed?.success ? parsed.data : null) };
  });

  const graded = items.filter((i) => i.response);
  if (graded.length > 0) {
    await client.query(
      `UPDATE "Response" AS r SET points = v.points, correct = v.correct, near = v.near
       FROM unnest($1::text[], $2::float8[], $3::bool[], $4::bool[]) AS v(id, points, correct, near)
       WHERE r.id = v.id`,
      [
        graded.map((i) => i.response!.id),
        graded.map((i) => i.grade.points),
        graded.map((i) => i.grade.correct),
        graded.map((i) => i.grade.near === true),
      ],
    );
  }
  const score = scoreAttempt(items.map((i) => ({ maxPoints: i.maxPoints, points: i.grade.points })));
  const { rows } = await client.query<SubmittedScore>(
    `UPDATE "Attempt" SET status = 'SUBMITTED', "submittedAt" = $2, late = $3, points = $4, "maxPoints" = $5,
       percent = $6, provisional = $7, "skillPoints" = ${skillPointsOf("$1")}
     WHERE id = $1 RETURNING ${SCORE_COLUMNS}`,
    [
      attempt.id,
      now,
      now.getTime() > attempt.dueAt.getTime(),
      score.points,
      score.maxPoints,
      score.percent,
      score.provisional,
    ],
  );
  return rows[0]!;
}
