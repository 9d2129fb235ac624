import "server-only";
import type { ClientBase } from "pg";
import { answerSchema } from "../grading/answer";
import { gradeAnswer } from "../grading/grade";
import { scoreAttempt } from "../grading/score";
import { onConnection } from "../sql";
import { assignmentKeys } from "./answer-key-cache";
import { attemptResponses, submitWithScore, writeGrades, type SubmittedScore } from "./quiz-sql";

export type LockedAttempt = { id: string; assignmentId: string; dueAt: Date };

/**
 * Grades a locked, in-progress attempt against the question versions of its assignment and marks it
 * submitted. The caller holds the attempt's row lock inside a transaction on `client`, so this runs once
 * per attempt. Four fixed statements (lib/attempts/quiz-sql.ts) keep it to four round trips: a whole class
 * submitting at the bell is the hottest write path.
 */
export async function gradeAndSubmit(
  client: ClientBase,
  attempt: LockedAttempt,
  now: Date,
): Promise<SubmittedScore> {
  const keys = await assignmentKeys(client, attempt.assignmentId);
  const tx = onConnection(client);
  const { rows: responses } = await tx.executeQuery(attemptResponses({ attemptId: attempt.id }));
  const byQuestion = new Map(responses.map((r) => [r.questionId, r]));
  const items = keys.map(({ questionId, key, maxPoints }) => {
    const response = byQuestion.get(questionId);
    const parsed = response ? answerSchema.safeParse(response.answer) : null;
    return { response, maxPoints, grade: gradeAnswer(key, parsed?.success ? parsed.data : null) };
  });

  const graded = items.filter((i) => i.response);
  if (graded.length > 0) {
    await tx.executeQuery(
      writeGrades({
        ids: graded.map((i) => i.response!.id),
        points: graded.map((i) => i.grade.points),
        correct: graded.map((i) => i.grade.correct),
        near: graded.map((i) => i.grade.near === true),
      }),
    );
  }
  const score = scoreAttempt(items.map((i) => ({ maxPoints: i.maxPoints, points: i.grade.points })));
  const { rows } = await tx.executeQuery(
    submitWithScore({
      id: attempt.id,
      submittedAt: now,
      late: now.getTime() > attempt.dueAt.getTime(),
      ...score,
    }),
  );
  return rows[0]!;
}
