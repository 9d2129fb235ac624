import type { Prisma } from "../generated/prisma/client";
import { answerSchema } from "../grading/answer";
import { gradeAnswer } from "../grading/grade";
import { scoreAttempt } from "../grading/score";
import { answerKeyOf } from "./answer-key";
import { questionWithKeySelect } from "./question-select";

type Tx = Prisma.TransactionClient;

/**
 * Grades a locked, in-progress attempt against the question versions of its assignment and marks it
 * submitted. The caller holds the attempt's row lock, so this runs once per attempt.
 */
export async function gradeAndSubmit(tx: Tx, attempt: { id: string; assignmentId: string }, now: Date) {
  const [assignment, responses] = await Promise.all([
    tx.assignment.findUniqueOrThrow({
      where: { id: attempt.assignmentId },
      select: {
        dueAt: true,
        questions: { orderBy: { position: "asc" }, select: { question: { select: questionWithKeySelect } } },
      },
    }),
    tx.response.findMany({
      where: { attemptId: attempt.id },
      select: { id: true, questionId: true, answer: true },
    }),
  ]);
  const byQuestion = new Map(responses.map((r) => [r.questionId, r]));
  const items = assignment.questions.map(({ question }) => {
    const response = byQuestion.get(question.id);
    const parsed = response ? answerSchema.safeParse(response.answer) : null;
    const grade = gradeAnswer(answerKeyOf(question), parsed?.success ? parsed.data : null);
    return { response, grade, maxPoints: question.points };
  });

  const graded = items.filter((i) => i.response);
  if (graded.length > 0) {
    // One statement for all responses keeps submit a constant number of round trips.
    await tx.$executeRaw`
      UPDATE "Response" AS r SET points = v.points, correct = v.correct
      FROM unnest(${graded.map((i) => i.response!.id)}::text[],
                  ${graded.map((i) => i.grade.points)}::float8[],
                  ${graded.map((i) => i.grade.correct)}::bool[]) AS v(id, points, correct)
      WHERE r.id = v.id`;
  }
  const score = scoreAttempt(items.map((i) => ({ maxPoints: i.maxPoints, points: i.grade.points })));
  return tx.attempt.update({
    where: { id: attempt.id },
    data: {
      status: "SUBMITTED",
      submittedAt: now,
      late: now.getTime() > assignment.dueAt.getTime(),
      points: score.points,
      maxPoints: score.maxPoints,
      percent: score.percent,
      provisional: score.provisional,
    },
    select: { id: true, points: true, maxPoints: true, percent: true, provisional: true, late: true },
  });
}
