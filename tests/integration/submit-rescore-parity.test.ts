import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sealChoiceId } from "../../lib/attempts/opaque-ids";
import { saveAnswer, startAttempt, submitAttempt } from "../../lib/attempts/mutations";
import { rescoreAttempts } from "../../lib/attempts/rescore";
import { db } from "../../lib/db";
import { pagesDb } from "../../lib/sql";
import { classroom } from "../support/factories";

/**
 * Submitting grades in memory and writes the score in the same statement (lib/attempts/grade-attempt.ts, the
 * hottest write path), while grading, answer decisions and regrades rescore from the stored points
 * (rescoreAttempts). Both must give an attempt the same score and skill points, whatever was answered.
 */
describe("submit and rescoreAttempts agree", () => {
  it("rescoring a just-submitted attempt changes nothing, for random answers", async () => {
    const { assignment, students } = await classroom(1);
    const student = students[0]!;
    const questions = await db.question.findMany({
      where: { type: "single_choice", assignmentQuestions: { some: { assignmentId: assignment.id } } },
      select: {
        id: true,
        points: true,
        choices: { select: { id: true, correct: true }, orderBy: { position: "asc" } },
      },
    });
    expect(questions.length).toBeGreaterThan(1);
    // For each single-choice question: no answer, the right choice, or a wrong one.
    const answers = fc.array(fc.constantFrom("none", "right", "wrong"), {
      minLength: questions.length,
      maxLength: questions.length,
    });
    await fc.assert(
      fc.asyncProperty(answers, async (picks) => {
        await db.attempt.deleteMany({ where: { assignmentId: assignment.id } });
        const { id: attemptId } = await startAttempt(student, assignment.id);
        for (const [i, pick] of picks.entries()) {
          if (pick === "none") continue;
          const choice = questions[i]!.choices.find((c) => c.correct === (pick === "right"))!;
          const answer = { type: "single_choice", choiceId: sealChoiceId(attemptId, choice.id) };
          await saveAnswer(student, attemptId, { questionId: questions[i]!.id, answer, version: 1 });
        }
        await submitAttempt(student, attemptId);
        const submitted = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });

        const rescored = await pagesDb.transaction().execute((tx) => rescoreAttempts(tx, [attemptId]));
        const after = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
        const { points, maxPoints, percent, provisional } = submitted;
        expect(rescored.get(attemptId)).toEqual({ points, maxPoints, percent, provisional });
        expect(after).toEqual(submitted);
        const right = questions.filter((_, i) => picks[i] === "right");
        expect(points).toBe(right.reduce((sum, q) => sum + q.points, 0));
      }),
      { numRuns: 15 },
    );
  });
});
