import "server-only";
import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { idSchema } from "../classes/schema";
import { allowedAttempts, isClosed } from "./attempt-rules";
import { parseInput } from "../forms/parse";
import { requireStudent } from "../auth/require";
import type { ClaimedViewer, Viewer } from "../auth/viewer-types";
import { assertClaimStillValid, requireStudentClaim } from "../auth/claimed-viewer";
import { isUniqueViolation } from "../prisma-errors";
import { quizPool } from "../db-pool";
import { onConnection, quizDb } from "../sql";
import { gradeAndSubmit } from "./grade-attempt";
import { inTransaction } from "./pool-transaction";
import { lockAttemptForSubmit, saveAnswerStatement, submittedScore } from "./quiz-sql";
import { openAnswer } from "./opaque-ids";
import { saveAnswerSchema } from "./schema";
import type { QuestionType } from "../generated/prisma/enums";

const NOT_THIS_QUESTION = "That answer does not fit this question.";

const ALREADY_SUBMITTED = "This attempt was already submitted, so this answer was not saved.";

/** Resumes the student's open attempt, or starts a new one when the assignment allows it. */
export async function startAttempt(viewer: Viewer | null, assignmentId: string, now = new Date()) {
  const student = requireStudent(viewer);
  const id = idSchema.safeParse(assignmentId);
  if (!id.success) throw notFound("Assignment");
  const assignment = await db.assignment.findFirst({
    where: {
      id: id.data,
      // Only a student still in the class starts work: one who left keeps their results, not new attempts.
      class: { archivedAt: null, enrollments: { some: { studentId: student.id, endedAt: null } } },
    },
    select: {
      id: true,
      openAt: true,
      dueAt: true,
      closedAt: true,
      latePolicy: true,
      attemptsAllowed: true,
      timeLimitMinutes: true,
      accommodations: { where: { studentId: student.id }, select: { timeFactor: true, extraAttempts: true } },
      attempts: { where: { studentId: student.id }, select: { id: true, status: true, number: true } },
    },
  });
  if (!assignment || assignment.openAt > now) throw notFound("Assignment");
  const open = assignment.attempts.find((a) => a.status === "in_progress");
  if (open) return { id: open.id };
  if (isClosed(assignment, now)) {
    throw new AppError("conflict", "This assignment is closed. Ask your teacher if you need more time.");
  }
  const accommodation = assignment.accommodations[0];
  const allowed = allowedAttempts({
    attemptsAllowed: assignment.attemptsAllowed,
    extraAttempts: accommodation?.extraAttempts ?? 0,
  });
  if (allowed !== null && assignment.attempts.length >= allowed) {
    throw new AppError(
      "conflict",
      `You have used all ${allowed} attempt${allowed === 1 ? "" : "s"} for this assignment.`,
    );
  }
  const minutes =
    assignment.timeLimitMinutes && assignment.timeLimitMinutes * (accommodation?.timeFactor ?? 1);
  try {
    return await db.attempt.create({
      data: {
        assignmentId: assignment.id,
        studentId: student.id,
        number: assignment.attempts.length + 1,
        startedAt: now,
        deadlineAt: minutes ? new Date(now.getTime() + minutes * 60_000) : null,
      },
      select: { id: true },
    });
  } catch (e) {
    // Two tabs starting at once: the unique attempt number lets one win; the other resumes it.
    if (!isUniqueViolation(e)) throw e;
    const existing = await db.attempt.findFirst({
      where: { assignmentId: assignment.id, studentId: student.id, status: "in_progress" },
      select: { id: true },
    });
    if (!existing) throw e;
    return existing;
  }
}

/**
 * Stores one answer if it is newer than the stored one. One statement: the attempt row is share-locked,
 * so a save racing a submit either lands before grading or sees the attempt submitted.
 */
export async function saveAnswer(viewer: Viewer | ClaimedViewer | null, attemptId: string, input: unknown) {
  const student = await requireStudentClaim(viewer);
  const data = parseInput(saveAnswerSchema, input);
  // The student's choice ids are sealed for this attempt; stored answers keep the real ones.
  const answer = openAnswer(attemptId, data.answer);
  if (!answer) {
    // Someone else's or a missing attempt is not_found, whatever its ids, as when the ids are fine.
    const own = await db.attempt.count({ where: { id: attemptId, studentId: student.id } });
    if (own === 0) throw notFound("Attempt");
    throw new AppError("invalid", NOT_THIS_QUESTION);
  }
  // On the quiz's pool, with its few-second bounds (lib/db-pool-config.ts): an outage answers 503 quickly.
  const { numAffectedRows } = await quizDb.executeQuery(
    saveAnswerStatement({
      id: randomUUID(),
      attemptId,
      studentId: student.id,
      sessionVersion: student.sessionVersion,
      questionId: data.questionId,
      type: data.answer.type,
      answer: JSON.stringify(answer),
      version: data.version,
      flagged: data.flagged,
    }),
  );
  if (numAffectedRows) return { saved: true, version: data.version };
  await assertClaimStillValid(student);
  return explainUnsaved(student.id, attemptId, data.questionId, data.answer.type);
}

const QUESTION_REPLACED =
  "Your teacher updated this question while you were answering. Reload the page to see the new version; your other answers are saved.";

/** Whether the assignment now uses a newer version of the question (a regrade moved it while the quiz was open). */
async function replacedInAssignment(attemptId: string, questionId: string): Promise<boolean> {
  const replaced = await quizDb
    .selectFrom("Question as old")
    .innerJoin("Attempt as a", (join) => join.on("a.id", "=", attemptId))
    .innerJoin("AssignmentQuestion as aq", "aq.assignmentId", "a.assignmentId")
    .innerJoin("Question as cur", (join) =>
      join
        .onRef("cur.id", "=", "aq.questionId")
        .on((eb) => eb("cur.originId", "=", eb.fn.coalesce("old.originId", "old.id"))),
    )
    .select(sql.lit(1).as("replaced"))
    .where("old.id", "=", questionId)
    .executeTakeFirst();
  return replaced !== undefined;
}

async function explainUnsaved(
  studentId: string,
  attemptId: string,
  questionId: string,
  answerType: QuestionType,
) {
  const attempt = await db.attempt.findFirst({
    where: { id: attemptId, studentId },
    select: {
      status: true,
      deadlineAt: true,
      responses: { where: { questionId }, select: { version: true } },
      assignment: {
        select: {
          closedAt: true,
          latePolicy: true,
          dueAt: true,
          questions: { where: { questionId }, select: { question: { select: { type: true } } } },
        },
      },
    },
  });
  if (!attempt) throw notFound("Attempt");
  if (attempt.status === "submitted") throw new AppError("conflict", ALREADY_SUBMITTED);
  if (attempt.deadlineAt && attempt.deadlineAt <= new Date()) {
    throw new AppError("conflict", "Time is up for this attempt, so this answer was not saved.");
  }
  if (isClosed(attempt.assignment, new Date())) {
    throw new AppError("conflict", "This assignment is closed, so this answer was not saved.");
  }
  const question = attempt.assignment.questions[0]?.question;
  if (!question) {
    if (await replacedInAssignment(attemptId, questionId)) throw new AppError("conflict", QUESTION_REPLACED);
    throw notFound("Question");
  }
  if (question.type !== answerType) {
    throw new AppError("invalid", NOT_THIS_QUESTION);
  }
  const current = attempt.responses[0];
  if (!current) throw new AppError("invalid", "That answer could not be saved. Please try again.");
  // A newer save already arrived (another tab or a retry overtook this one): keep the newer answer.
  return { saved: false, version: current.version };
}

/** Grades and submits once; repeated or concurrent calls return the same result. */
export async function submitAttempt(
  viewer: Viewer | ClaimedViewer | null,
  attemptId: string,
  now = new Date(),
) {
  const student = await requireStudentClaim(viewer);
  const result = await inTransaction(async (client) => {
    const tx = onConnection(client);
    const { rows } = await tx.executeQuery(
      lockAttemptForSubmit({ attemptId, studentId: student.id, sessionVersion: student.sessionVersion }),
    );
    const attempt = rows[0];
    if (!attempt) return null;
    if (attempt.status === "submitted") {
      return (await tx.executeQuery(submittedScore({ attemptId: attempt.id }))).rows[0]!;
    }
    // Past its time limit, the attempt ends at its deadline (as the expiry sweep would have ended it), so a
    // submit that arrives a little late is neither marked late nor dated after the deadline.
    const at = attempt.deadlineAt && attempt.deadlineAt < now ? attempt.deadlineAt : now;
    return gradeAndSubmit(client, attempt, at);
  }, quizPool);
  if (result) return result;
  await assertClaimStillValid(student);
  throw notFound("Attempt");
}
