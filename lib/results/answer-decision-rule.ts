import "server-only";
import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import type { PoolClient } from "pg";
import { sameGrade } from "../assignments/regrade";
import { assignmentKeys } from "../attempts/answer-key-cache";
import { inTransaction } from "../attempts/pool-transaction";
import { rescoreAttempts } from "../attempts/rescore";
import { onConnection } from "../sql";
import { answerSchema } from "../grading/answer";
import { gradeAnswer, type AnswerKey } from "../grading/grade";
import { normalizeShortAnswer } from "../grading/short-answer/normalize";
import { recordGradeChange } from "./grade-change";
import { decisionComment, type AnswerDecisionResult, type DecisionContext } from "./answer-decision-context";
import type { AnswerDecision } from "./schema";

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
    const tx = onConnection(client);
    // In id order, so two decisions on one assignment at once queue instead of deadlocking.
    await tx
      .selectFrom("Attempt")
      .select("id")
      .where("assignmentId", "=", context.assignmentId)
      .orderBy("id")
      .forUpdate()
      .execute();
    const before = await questionKey(client, context);
    await tx
      .insertInto("AssignmentAnswerRule")
      .values({
        id: randomUUID(),
        assignmentId: context.assignmentId,
        questionId: context.questionId,
        answer: normalizeShortAnswer(decision.answer),
        accepted: decision.decision === "accept",
        createdById: context.teacherId,
        createdAt: sql`now()`,
      })
      .onConflict((oc) =>
        oc.columns(["assignmentId", "questionId", "answer"]).doUpdateSet((eb) => ({
          accepted: eb.ref("excluded.accepted"),
          createdById: eb.ref("excluded.createdById"),
          createdAt: eb.ref("excluded.createdAt"),
        })),
      )
      .execute();
    const after = await questionKey(client, context);
    const rows = await tx
      .selectFrom("Response as r")
      .innerJoin("Attempt as at", "at.id", "r.attemptId")
      .select(["r.id", "r.attemptId", "r.answer", "r.points"])
      .where("at.assignmentId", "=", context.assignmentId)
      .where("at.status", "=", sql.lit("submitted"))
      .where("r.questionId", "=", context.questionId)
      .execute();
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
      await tx
        .updateTable("Response")
        .set({ points: grade.points, correct: grade.correct, near: grade.near === true })
        .where("id", "=", r.id)
        .execute();
      // Rules only concern short answers, which are never left to the teacher (null points, as in a regrade).
      if (grade.points === null || grade.points === r.points) continue;
      gradeChanges++;
      await recordGradeChange(tx, {
        responseId: r.id,
        changedById: context.teacherId,
        oldPoints: r.points,
        newPoints: grade.points,
        comment: decisionComment(decision),
      });
    }
    await rescoreAttempts(tx, [...attempts]);
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
