import "server-only";
import { sql, type Kysely } from "kysely";
import type { ClientBase } from "pg";
import { scoreAttempt, type AttemptScore } from "../grading/score";
import { onConnection, type DB } from "../sql";
import { attemptSkillPoints } from "./skill-points";

/**
 * Recomputes submitted attempts' scores from their stored response points, after a teacher graded or changed
 * some: the one rescoring path of grading, answer decisions and regrades (submitting scores the grades it has just
 * made with the same scoreAttempt and skill points). A question with no response counts 0; a response still
 * without points keeps the score provisional. `db` is the caller's transaction (onConnection, or
 * onPrismaTransaction for a Prisma-written regrade), which holds the attempts' row locks. Two statements, whatever
 * the number of attempts.
 */
export async function rescoreAttempts(
  db: Kysely<DB>,
  attemptIds: readonly string[],
): Promise<Map<string, AttemptScore>> {
  const scores = new Map<string, AttemptScore>();
  if (attemptIds.length === 0) return scores;
  const ids = [...attemptIds];
  const rows = await db
    .selectFrom("Attempt as at")
    .innerJoin("AssignmentQuestion as aq", "aq.assignmentId", "at.assignmentId")
    .innerJoin("Question as q", "q.id", "aq.questionId")
    .leftJoin("Response as r", (join) =>
      join.onRef("r.attemptId", "=", "at.id").onRef("r.questionId", "=", "aq.questionId"),
    )
    .select((eb) => [
      "at.id as attemptId",
      sql<number>`${eb.ref("q.points")}::float8`.as("maxPoints"),
      eb.case().when("r.id", "is", null).then(eb.lit(0)).else(eb.ref("r.points")).end().as("points"),
    ])
    .where((eb) => eb("at.id", "=", eb.fn<string>("any", [sql.val(ids)])))
    .execute();
  const itemsOf = new Map(ids.map((id) => [id, [] as typeof rows]));
  for (const row of rows) itemsOf.get(row.attemptId)?.push(row);
  for (const [id, items] of itemsOf) scores.set(id, scoreAttempt(items));
  const written = [...scores];
  await db
    .updateTable("Attempt as a")
    .from(
      sql<{ id: string; points: number; maxPoints: number; percent: number; provisional: boolean }>`(
        SELECT * FROM unnest(
          ${written.map(([id]) => id)}::text[], ${written.map(([, s]) => s.points)}::float8[],
          ${written.map(([, s]) => s.maxPoints)}::float8[], ${written.map(([, s]) => s.percent)}::float8[],
          ${written.map(([, s]) => s.provisional)}::bool[]
        ) AS t(id, points, "maxPoints", percent, provisional)
      )`.as("v"),
    )
    .set((eb) => ({
      points: eb.ref("v.points"),
      maxPoints: eb.ref("v.maxPoints"),
      percent: eb.ref("v.percent"),
      provisional: eb.ref("v.provisional"),
      skillPoints: attemptSkillPoints(eb.ref("a.id")),
    }))
    .whereRef("a.id", "=", "v.id")
    .execute();
  return scores;
}

/** rescoreAttempts for one attempt on a pg transaction's connection. */
export async function rescoreAttempt(client: ClientBase, attempt: { id: string }): Promise<AttemptScore> {
  return (await rescoreAttempts(onConnection(client), [attempt.id])).get(attempt.id)!;
}
