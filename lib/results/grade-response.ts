import "server-only";
import { randomUUID } from "node:crypto";
import { rescoreAttempt } from "../attempts/rescore";
import { inTransaction } from "../attempts/pool-transaction";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { AppError, notFound } from "../errors";
import { parseInput } from "../forms/parse";
import { gradeResponseSchema } from "./schema";

type LockedResponse = {
  id: string;
  oldPoints: number | null;
  attemptId: string;
  status: "IN_PROGRESS" | "SUBMITTED";
  max: number;
};

/**
 * A teacher grades one response (an open response waiting for them, or an override of an automatic grade): the
 * response gets the points and comment, the change is recorded (who, when, old and new points), and the attempt's
 * score is recomputed, all in one transaction under the attempt's row lock.
 */
export async function gradeResponse(viewer: Viewer | null, input: unknown) {
  const teacher = requireTeacher(viewer);
  const data = parseInput(gradeResponseSchema, input);
  return inTransaction(async (client) => {
    const { rows } = await client.query<LockedResponse>(
      `SELECT r.id, r.points AS "oldPoints", at.id AS "attemptId", at.status,
         q.points::float8 AS max
       FROM "Response" r
       JOIN "Attempt" at ON at.id = r."attemptId"
       JOIN "Assignment" a ON a.id = at."assignmentId"
       JOIN "Class" c ON c.id = a."classId"
       JOIN "Question" q ON q.id = r."questionId"
       WHERE r.id = $1 AND c."teacherId" = $2
       FOR UPDATE OF at`,
      [data.responseId, teacher.id],
    );
    const response = rows[0];
    if (!response) throw notFound("Response");
    if (response.status !== "SUBMITTED") {
      throw new AppError(
        "conflict",
        "The student has not submitted this attempt yet; grade it after they do.",
      );
    }
    if (data.points > response.max) {
      throw new AppError("invalid", undefined, {
        points: [`This question is worth at most ${response.max} point${response.max === 1 ? "" : "s"}.`],
      });
    }
    await client.query(`UPDATE "Response" SET points = $2, correct = $3, feedback = $4 WHERE id = $1`, [
      response.id,
      data.points,
      data.points >= response.max,
      data.comment === "" ? null : data.comment,
    ]);
    await client.query(
      `INSERT INTO "GradeChange" (id, "responseId", "changedById", "oldPoints", "newPoints", comment, "createdAt")
       VALUES ($1, $2, $3, $4, $5, $6, now())`,
      [
        randomUUID(),
        response.id,
        teacher.id,
        response.oldPoints,
        data.points,
        data.comment === "" ? null : data.comment,
      ],
    );
    const score = await rescoreAttempt(client, { id: response.attemptId });
    return { responseId: response.id, attemptId: response.attemptId, points: data.points, score };
  });
}
