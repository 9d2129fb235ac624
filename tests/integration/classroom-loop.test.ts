import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { getQuizForStudentOrThrow, getAttemptReviewOrThrow } from "../../lib/attempts/queries";
import { sealChoiceId } from "../../lib/attempts/opaque-ids";
import { saveAnswer, startAttempt, submitAttempt } from "../../lib/attempts/mutations";
import { getClassGradebook } from "../../lib/results/gradebook";
import { classroom } from "../support/factories";

describe("the classroom loop", () => {
  it("a student answers, submits once, and both see the score", async () => {
    const { teacher, cls, students, assignment } = await classroom(1);
    const student = students[0]!;
    const { id: attemptId } = await startAttempt(student, assignment.id);
    const quiz = await getQuizForStudentOrThrow(student, assignment.id);
    expect(quiz.attempt?.id).toBe(attemptId);
    const singles = quiz.attempt!.questions.filter((q) => q.type === "single_choice");
    const keys = await db.choice.findMany({
      where: { questionId: { in: singles.map((q) => q.id) }, correct: true },
      select: { id: true, questionId: true },
    });
    for (const key of keys) {
      const res = await saveAnswer(student, attemptId, {
        questionId: key.questionId,
        answer: { type: "single_choice", choiceId: sealChoiceId(attemptId, key.id) },
        version: 1,
      });
      expect(res.saved).toBe(true);
    }
    const result = await submitAttempt(student, attemptId);
    const max = quiz.attempt!.questions.reduce((s, q) => s + q.points, 0);
    expect(result.maxPoints).toBe(max);
    expect(result.points).toBe(singles.reduce((s, q) => s + q.points, 0));

    const review = await getAttemptReviewOrThrow(student, attemptId);
    expect(review.attempt.percent).toBe(result.percent);
    const book = await getClassGradebook(teacher, cls.id);
    expect(book.rows[0]!.cells[0]).toEqual({ status: "submitted", percent: result.percent });
  });
});
