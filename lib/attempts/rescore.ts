import "server-only";
import { sql } from "kysely";
import type { ClientBase } from "pg";
import { scoreAttempt, type AttemptScore } from "../grading/score";
import { onConnection } from "../sql";
import { attemptSkillPoints } from "./skill-points";

/**
 * Recomputes a submitted attempt's score from its stored response points, after a teacher graded or changed one.
 * A question with no response counts 0; a response still without points keeps the score provisional.
 * The caller holds the attempt's row lock.
 */
export async function rescoreAttempt(
  client: ClientBase,
  attempt: { id: string; assignmentId: string },
): Promise<AttemptScore> {
  const tx = onConnection(client);
  const rows = await tx
    .selectFrom("AssignmentQuestion as aq")
    .innerJoin("Question as q", "q.id", "aq.questionId")
    .leftJoin("Response as r", (join) =>
      join.on("r.attemptId", "=", attempt.id).onRef("r.questionId", "=", "aq.questionId"),
    )
    .select((eb) => [
      sql<number>`${eb.ref("q.points")}::float8`.as("maxPoints"),
      eb.case().when("r.id", "is", null).then(eb.lit(0)).else(eb.ref("r.points")).end().as("points"),
    ])
    .where("aq.assignmentId", "=", attempt.assignmentId)
    .execute();
  const score = scoreAttempt(rows);
  await tx
    .updateTable("Attempt")
    .set({
      points: score.points,
      maxPoints: score.maxPoints,
      percent: score.percent,
      provisional: score.provisional,
      skillPoints: attemptSkillPoints(sql.val(attempt.id)),
    })
    .where("id", "=", attempt.id)
    .execute();
  return score;
}
