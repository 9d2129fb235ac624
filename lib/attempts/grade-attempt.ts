import type { Prisma } from "../generated/prisma/client";
import { answerSchema } from "../grading/answer";
import { gradeAnswer } from "../grading/grade";
import { scoreAttempt } from "../grading/score";
import { assignmentKeys } from "./answer-key-cache";

type Tx = Prisma.TransactionClient;

export type LockedAttempt = { id: string; assignmentId: string; dueAt: Date };

export type SubmittedScore = {
  id: string;
  points: number;
  maxPoints: number;
  percent: number;
  provisional: boolean;
  late: boolean;
};

/**
 * Grades a locked, in-progress attempt against the question versions of its assignment and marks it
 * submitted. The caller holds the attempt's row lock, so this runs once per attempt. Raw statements keep
 * it to four round trips: submit bursts (a whole class at the bell) are the hottest write path.
 */
export async function gradeAndSubmit(tx: Tx, attempt: LockedAttempt, now: Date): Promise<SubmittedScore> {
  const keys = await assignmentKeys(tx, attempt.assignmentId);
  const responses = await tx.$queryRaw<{ id: string; questionId: string; answer: unknown }[]>`
    SELECT id, "questionId", answer FROM "Response" WHERE "attemptId" = ${attempt.id}`;
  const byQuestion = new Map(responses.map((r) => [r.questionId, r]));
  const items = keys.map(({ questionId, key, maxPoints }) => {
    const response = byQuestion.get(questionId);
    const parsed = response ? answerSchema.safeParse(response.answer) : null;
    return { response, maxPoints, grade: gradeAnswer(key, parsed?.success ? parsed.data : null) };
  });

  const graded = items.filter((i) => i.response);
  if (graded.length > 0) {
    await tx.$executeRaw`
      UPDATE "Response" AS r SET points = v.points, correct = v.correct
      FROM unnest(${graded.map((i) => i.response!.id)}::text[],
                  ${graded.map((i) => i.grade.points)}::float8[],
                  ${graded.map((i) => i.grade.correct)}::bool[]) AS v(id, points, correct)
      WHERE r.id = v.id`;
  }
  const score = scoreAttempt(items.map((i) => ({ maxPoints: i.maxPoints, points: i.grade.points })));
  const late = now.getTime() > attempt.dueAt.getTime();
  const [row] = await tx.$queryRaw<SubmittedScore[]>`
    UPDATE "Attempt" SET status = 'SUBMITTED', "submittedAt" = ${now}, late = ${late}, points = ${score.points},
      "maxPoints" = ${score.maxPoints}, percent = ${score.percent}, provisional = ${score.provisional}
    WHERE id = ${attempt.id}
    RETURNING id, points, "maxPoints", percent, provisional, late`;
  return row!;
}
