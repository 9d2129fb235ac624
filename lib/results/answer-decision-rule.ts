import "server-only";
import { randomUUID } from "node:crypto";
import type { PoolClient } from "pg";
import { sameGrade } from "../assignments/regrade";
import { assignmentKeys } from "../attempts/answer-key-cache";
import { inTransaction } from "../attempts/pool-transaction";
import { rescoreAttempts } from "../attempts/rescore";
import { onConnection } from "../sql";
import { answerSchema } from "../grading/answer";
import { gradeAnswer, type AnswerKey } from "../grading/grade";
import { normalizeShortAnswer } from "../grading/short-answer/normalize";
import { decisionComment, type AnswerDecisionResult, type DecisionContext } from "./answer-decision-context";
import type { AnswerDecision } from "./schema";

type SubmittedResponse = {
  id: string;
  attemptId: string;
  answer: unknown;
  points: number | null;
};

async function questionKey(client: PoolClient, context: DecisionContext): Promise<AnswerKey> {
  const keys = await assignmentKeys(client, context.assignmentId);
  return keys.find((k) => k.questionId === context.questionId)!.key;
}

/**
 * The decision on a shared, read-only lesson: recorded as a rule of this assignment (other classes' assignments
 * of the lesson are not touched), which the grader applies from then on (lib/attempts/answer-key-cache.ts).
 * Submitted answers the rule judges differently are regraded, each change of points recorded, and their attempts
 * rescored. The attempts are locked first, so a submit cannot grade with the key of before meanwhile.
 */
export async function decideOnAssignment(
  context: DecisionContext,
  decision: AnswerDecision,
): Promise<AnswerDecisionResult> {
  return inTransaction(async (client) => {
    // In id order, so two decisions on one assignment at once queue instead of deadlocking.
    await client.query(`SELECT id FROM "Attempt" WHERE "assignmentId" = $1 ORDER BY id FOR UPDATE`, [
      context.assignmentId,
    ]);
    const before = await questionKey(client, context);
    await client.query(
      `INSERT INTO "AssignmentAnswerRule" (id, "assignmentId", "questionId", answer, accepted, "createdById", "createdAt")
       VALUES ($1, $2, $3, $4, $5, $6, now())
       ON CONFLICT ("assignmentId", "questionId", answer)
       DO UPDATE SET accepted = EXCLUDED.accepted, "createdById" = EXCLUDED."createdById",
         "createdAt" = EXCLUDED."createdAt"`,
      [
        randomUUID(),
        context.assignmentId,
        context.questionId,
        normalizeShortAnswer(decision.answer),
        decision.decision === "accept",
        context.teacherId,
      ],
    );
    const after = await questionKey(client, context);
    const { rows } = await client.query<SubmittedResponse>(
      `SELECT r.id, r."attemptId", r.answer, r.points
       FROM "Response" r JOIN "Attempt" at ON at.id = r."attemptId"
       WHERE at."assignmentId" = $1 AND at.status = 'SUBMITTED' AND r."questionId" = $2`,
      [context.assignmentId, context.questionId],
    );
    const attempts = new Set<string>();
    let [responsesRegraded, gradeChanges] = [0, 0];
    for (const r of rows) {
      const parsed = answerSchema.safeParse(r.answer);
      const answer = parsed.success ? parsed.data : null;
      const grade = gradeAnswer(after, answer);
      // An answer the rule does not concern keeps its grade, a teacher's own grade of it included.
      if (sameGrade(gradeAnswer(before, answer), grade)) continue;
      attempts.add(r.attemptId);
      responsesRegraded++;
      await client.query(`UPDATE "Response" SET points = $2, correct = $3, near = $4 WHERE id = $1`, [
        r.id,
        grade.points,
        grade.correct,
        grade.near === true,
      ]);
      if (grade.points === r.points) continue;
      gradeChanges++;
      await client.query(
        `INSERT INTO "GradeChange" (id, "responseId", "changedById", "oldPoints", "newPoints", comment, "createdAt")
         VALUES ($1, $2, $3, $4, $5, $6, now())`,
        [randomUUID(), r.id, context.teacherId, r.points, grade.points, decisionComment(decision)],
      );
    }
    await rescoreAttempts(onConnection(client), [...attempts]);
    return {
      decision: decision.decision,
      answer: decision.answer,
      recordedOn: "assignment",
      questionId: context.questionId,
      lessonId: context.lessonId,
      responsesRegraded,
      gradeChanges,
    };
  });
}
