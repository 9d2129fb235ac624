import "server-only";
import { sql } from "kysely";
import { teacherOwnsAssignment } from "../assignments/access";
import { rescoreAttempt } from "../attempts/rescore";
import { inTransaction } from "../attempts/pool-transaction";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { AppError, notFound } from "../errors";
import { parseInput } from "../forms/parse";
import { onConnection } from "../sql";
import { recordGradeChange } from "./grade-change";
import { gradeResponseSchema } from "./schema";

/**
 * A teacher grades one response (an open response waiting for them, or an override of an automatic grade): the
 * response gets the points and comment, the change is recorded (who, when, old and new points), and the attempt's
 * score is recomputed, all in one transaction under the attempt's row lock.
 */
export async function gradeResponse(viewer: Viewer | null, input: unknown) {
  const teacher = requireTeacher(viewer);
  const data = parseInput(gradeResponseSchema, input);
  return inTransaction(async (client) => {
    const tx = onConnection(client);
    const response = await tx
      .selectFrom("Response as r")
      .innerJoin("Attempt as at", "at.id", "r.attemptId")
      .innerJoin("Assignment as a", "a.id", "at.assignmentId")
      .innerJoin("Question as q", "q.id", "r.questionId")
      .select((eb) => [
        "r.id",
        "r.points as oldPoints",
        "at.id as attemptId",
        "at.status",
        sql<number>`${eb.ref("q.points")}::float8`.as("max"),
      ])
      .where("r.id", "=", data.responseId)
      .where((eb) => teacherOwnsAssignment(eb.ref("a.classId"), teacher.id))
      .forUpdate("at")
      .executeTakeFirst();
    if (!response) throw notFound("Response");
    if (response.status !== "submitted") {
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
    const comment = data.comment === "" ? null : data.comment;
    await tx
      .updateTable("Response")
      .set({ points: data.points, correct: data.points >= response.max, feedback: comment })
      .where("id", "=", response.id)
      .execute();
    await recordGradeChange(tx, {
      responseId: response.id,
      changedById: teacher.id,
      oldPoints: response.oldPoints,
      newPoints: data.points,
      comment,
    });
    const score = await rescoreAttempt(client, { id: response.attemptId });
    return { responseId: response.id, attemptId: response.attemptId, points: data.points, score };
  });
}
