import "server-only";
import { sql } from "kysely";
import { sessionStillValid } from "../auth/session-sql";
import { fixedStatement } from "../sql-expr";
import type { QuestionType } from "../generated/prisma/enums";
import { takesWork } from "./attempt-rules-sql";
import { attemptSkillPoints } from "./skill-points";

/**
 * The statements of the quiz's hottest paths, autosave and submit, in typed Kysely. Each is a fixedStatement:
 * built and compiled once, so a call only places its values (scripts/bench/sql-compile.ts measures both), and its
 * text never varies, so lib/db-preparing-client.ts prepares it once per connection.
 */

/** An answer to store, as saveAnswer checked it. */
export type SavedAnswer = {
  id: string;
  attemptId: string;
  studentId: string;
  /** The student's token's session version, or null for a session already checked against the database. */
  sessionVersion: number | null;
  questionId: string;
  /** The answer's type, which the question's type must match. */
  type: QuestionType;
  /** The answer as JSON text. */
  answer: string;
  version: number;
  flagged: boolean;
};

/**
 * Stores one answer if it is newer than the stored one, in one statement: the attempt row is share-locked, so a
 * save racing a submit either lands before grading or sees the attempt submitted; nothing is written unless the
 * attempt is the student's, in progress and within its deadline, the assignment open and the question its own.
 */
export const saveAnswerStatement = fixedStatement((db, save: SavedAnswer) => {
  const now = sql<Date>`now()`;
  const answerSource = db
    .selectFrom("Attempt as a")
    .innerJoin("AssignmentQuestion as aq", (join) =>
      join.onRef("aq.assignmentId", "=", "a.assignmentId").on("aq.questionId", "=", save.questionId),
    )
    .innerJoin("Question as q", (join) =>
      join.onRef("q.id", "=", "aq.questionId").on("q.type", "=", save.type),
    )
    .innerJoin("Assignment as asg", (join) =>
      join.onRef("asg.id", "=", "a.assignmentId").on((eb) =>
        takesWork(
          {
            closedAt: eb.ref("asg.closedAt"),
            latePolicy: eb.ref("asg.latePolicy"),
            dueAt: eb.ref("asg.dueAt"),
          },
          now,
        ),
      ),
    )
    .innerJoin("User as u", (join) =>
      join
        .onRef("u.id", "=", "a.studentId")
        .on("u.disabledAt", "is", null)
        .on((eb) => sessionStillValid(eb.ref("u.sessionVersion"), save.sessionVersion)),
    )
    .select((eb) => [
      eb.val(save.id).as("id"),
      "a.id as attemptId",
      "q.id as questionId",
      sql<unknown>`${save.answer}::jsonb`.as("answer"),
      eb.val(save.version).as("version"),
      eb.val(save.flagged).as("flagged"),
      now.as("updatedAt"),
    ])
    .where("a.id", "=", save.attemptId)
    .where("a.studentId", "=", save.studentId)
    .where("a.status", "=", sql.lit("in_progress"))
    .where((eb) => eb.or([eb("a.deadlineAt", "is", null), eb("a.deadlineAt", ">", now)]))
    .forShare("a");
  return db
    .insertInto("Response")
    .columns(["id", "attemptId", "questionId", "answer", "version", "flagged", "updatedAt"])
    .expression(answerSource)
    .onConflict((oc) =>
      oc
        .columns(["attemptId", "questionId"])
        .doUpdateSet((eb) => ({
          answer: eb.ref("excluded.answer"),
          version: eb.ref("excluded.version"),
          flagged: eb.ref("excluded.flagged"),
          updatedAt: eb.ref("excluded.updatedAt"),
        }))
        .whereRef("Response.version", "<", "excluded.version"),
    );
});

/**
 * Locks the student's attempt for submitting (FOR UPDATE OF it), with what grading needs; nothing when it is not
 * theirs or their session has ended.
 */
export const lockAttemptForSubmit = fixedStatement(
  (db, lock: { attemptId: string; studentId: string; sessionVersion: number | null }) =>
    db
      .selectFrom("Attempt as a")
      .innerJoin("Assignment as asg", "asg.id", "a.assignmentId")
      .innerJoin("User as u", (join) =>
        join
          .onRef("u.id", "=", "a.studentId")
          .on("u.disabledAt", "is", null)
          .on((eb) => sessionStillValid(eb.ref("u.sessionVersion"), lock.sessionVersion)),
      )
      .select(["a.id", "a.assignmentId", "a.status", "asg.dueAt", "a.deadlineAt"])
      .where("a.id", "=", lock.attemptId)
      .where("a.studentId", "=", lock.studentId)
      .forUpdate("a"),
);

/** The columns a submit answers with. */
export const SCORE_COLUMNS = ["id", "points", "maxPoints", "percent", "provisional", "late"] as const;

/** A submitted attempt's score: its points are set once it is submitted. */
export type SubmittedScore = {
  id: string;
  points: number;
  maxPoints: number;
  percent: number;
  provisional: boolean;
  late: boolean;
};

/** The score of an attempt already submitted. */
export const submittedScore = fixedStatement((db, { attemptId }: { attemptId: string }) =>
  db.selectFrom("Attempt").select(SCORE_COLUMNS).where("id", "=", attemptId).$narrowType<SubmittedScore>(),
);

/** The attempt's saved answers. */
export const attemptResponses = fixedStatement((db, { attemptId }: { attemptId: string }) =>
  db.selectFrom("Response").select(["id", "questionId", "answer"]).where("attemptId", "=", attemptId),
);

/** The grades of an attempt's responses, one array per column: one statement whatever their number. */
export type Grades = {
  ids: string[];
  points: (number | null)[];
  correct: (boolean | null)[];
  near: boolean[];
};

/** Writes an attempt's grades. */
export const writeGrades = fixedStatement((db, grades: Grades) => {
  const graded = sql<{ id: string; points: number | null; correct: boolean | null; near: boolean }>`unnest(
    ${grades.ids}::text[], ${grades.points}::float8[], ${grades.correct}::bool[], ${grades.near}::bool[])`;
  return db
    .updateTable("Response as r")
    .from(graded.as<"v">(sql`v(id, points, correct, near)`))
    .set((eb) => ({ points: eb.ref("v.points"), correct: eb.ref("v.correct"), near: eb.ref("v.near") }))
    .whereRef("r.id", "=", "v.id");
});

/** A graded attempt's score, written as it is submitted. */
export type AttemptSubmission = {
  id: string;
  submittedAt: Date;
  late: boolean;
  points: number;
  maxPoints: number;
  percent: number;
  provisional: boolean;
};

/** Marks the attempt submitted with its score and skill points, answering with its score. */
export const submitWithScore = fixedStatement((db, submission: AttemptSubmission) => {
  const { id, submittedAt, late, points, maxPoints, percent, provisional } = submission;
  return db
    .updateTable("Attempt")
    .set((eb) => ({
      status: sql.lit("submitted"),
      submittedAt,
      late,
      points,
      maxPoints,
      percent,
      provisional,
      skillPoints: attemptSkillPoints(eb.val(id)),
    }))
    .where("id", "=", id)
    .returning(SCORE_COLUMNS)
    .$narrowType<SubmittedScore>();
});
