import "server-only";
import { randomUUID } from "node:crypto";
import { sql, type Insertable, type Kysely } from "kysely";
import type { DB } from "../sql";

/** A change of a response's points: who made it, the old and new points, and why (the teacher's comment). */
export type GradeChange = Omit<Insertable<DB["GradeChange"]>, "id" | "createdAt">;

/**
 * Records one change of a response's points, dated now, in the caller's transaction (`db`): teacher grading and
 * answer decisions record theirs through here; a regrade records its own in bulk through Prisma.
 */
export async function recordGradeChange(db: Kysely<DB>, change: GradeChange): Promise<void> {
  const { responseId, changedById, oldPoints, newPoints, comment } = change;
  await db
    .insertInto("GradeChange")
    .values({
      id: randomUUID(),
      responseId,
      changedById,
      oldPoints,
      newPoints,
      comment,
      createdAt: sql`now()`,
    })
    .execute();
}
