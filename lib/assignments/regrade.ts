import "server-only";
import { db } from "../db";
import { sql } from "kysely";
import { onPrismaTransaction } from "../sql";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import type { Prisma } from "../generated/prisma/client";
import { answerKeyOf } from "../attempts/answer-key";
import { rescoreAttempts } from "../attempts/rescore";
import { answerSchema } from "../grading/answer";
import { gradeAnswer, type AnswerKey, type Grade } from "../grading/grade";
import { remapAnswer } from "../grading/remap-answer";
import { ownAssignmentId } from "./access";

const versionSelect = {
  id: true,
  originId: true,
  type: true,
  points: true,
  citationStart: true,
  citationEnd: true,
  acceptedAnswers: true,
  rejectedAnswers: true,
  choices: { orderBy: { position: "asc" }, select: { id: true, text: true, correct: true } },
  evidenceOptions: { orderBy: { position: "asc" }, select: { id: true, text: true, start: true, end: true } },
} as const;
type Version = Prisma.QuestionGetPayload<{ select: typeof versionSelect }>;

const lineage = (q: { id: string; originId: string | null }) => q.originId ?? q.id;

export const REGRADE_COMMENT = "Regraded after the question was edited";

/** The assignment's question versions that the lesson has since replaced, each with its current version. */
async function outdatedVersions(tx: Prisma.TransactionClient, assignmentId: string, lessonId: string) {
  const assigned = await tx.assignmentQuestion.findMany({
    where: { assignmentId },
    select: { question: { select: versionSelect } },
  });
  const lineages = assigned.map(({ question }) => lineage(question));
  const current = await tx.question.findMany({
    where: { lessonId, retiredAt: null, OR: [{ id: { in: lineages } }, { originId: { in: lineages } }] },
    select: versionSelect,
  });
  const currentOf = new Map(current.map((q) => [lineage(q), q]));
  // A question deleted from the lesson has no current version: graded work keeps it as it was.
  return assigned.flatMap(({ question: old }) => {
    const now = currentOf.get(lineage(old));
    return now && now.id !== old.id ? [{ old, now }] : [];
  });
}

/** How many of an assignment's questions the lesson has replaced since, for the teacher's "Regrade" prompt. */
export async function countOutdatedQuestions(viewer: Viewer | null, assignmentId: string) {
  const assignment = await ownAssignment(viewer, assignmentId);
  return (await outdatedVersions(db, assignment.id, assignment.lessonId)).length;
}

/**
 * What a regrade would touch, for the teacher's confirmation: the questions the lesson has replaced and the
 * submitted attempts holding an answer to one of them (each may change score).
 */
export async function regradeImpact(viewer: Viewer | null, assignmentId: string) {
  const assignment = await ownAssignment(viewer, assignmentId);
  const outdated = await outdatedVersions(db, assignment.id, assignment.lessonId);
  if (outdated.length === 0) return { questions: 0, attempts: 0 };
  const attempts = await db.attempt.count({
    where: {
      assignmentId: assignment.id,
      status: "submitted",
      responses: { some: { questionId: { in: outdated.map(({ old }) => old.id) } } },
    },
  });
  return { questions: outdated.length, attempts };
}

async function ownAssignment(viewer: Viewer | null, assignmentId: unknown) {
  const id = await ownAssignmentId(viewer, String(assignmentId));
  const { lessonId } = await db.assignment.findUniqueOrThrow({ where: { id }, select: { lessonId: true } });
  return { id, lessonId, teacherId: requireTeacher(viewer).id };
}

function regradeResponse(answer: unknown, old: Version, now: Version, key: AnswerKey, kept: Grade) {
  const parsed = answerSchema.safeParse(answer);
  const remapped = parsed.success ? remapAnswer(parsed.data, old, now) : null;
  // A teacher's grade of an open response stands (the new version changed nothing a machine could re-judge), up to
  // the question's new points, so a lowered maximum cannot push the attempt past 100%.
  const grade =
    now.type === "open_response" && old.type === "open_response"
      ? { ...kept, points: kept.points === null ? null : Math.min(kept.points, now.points) }
      : gradeAnswer(key, remapped);
  return { answer: remapped ?? answer, grade };
}

/** Which of an assignment's replaced questions a regrade concerns, and what it records. */
export type RegradeScope = {
  /** Only the questions of these lineages (first version ids); every replaced question when absent. */
  lineages?: readonly string[];
  /** The GradeChange comment. */
  comment?: string;
  /**
   * A submitted answer the new version judges as the old one did keeps its stored grade, a teacher's override
   * included: for a change that concerns some answers only (an answer accepted for everyone).
   */
  keepUnchanged?: boolean;
};

/** Whether two grades of an answer agree, its near mark included. */
export const sameGrade = (a: Grade, b: Grade) =>
  a.points === b.points && a.correct === b.correct && (a.near === true) === (b.near === true);

/**
 * Re-points an assignment at the lesson's current versions of its questions, only when a teacher asks:
 * saved answers follow to the new version, submitted ones are graded again with lib/grading, attempts are
 * rescored, and every response whose points changed gets a GradeChange (who, when, old, new).
 * Attempt rows are locked first, so a regrade and a submit of the same attempt cannot interleave.
 */
export async function regradeAssignment(viewer: Viewer | null, assignmentId: unknown) {
  const assignment = await ownAssignment(viewer, assignmentId);
  return db.$transaction(async (tx) => regradeToCurrentVersions(tx, assignment), { timeout: 60_000 });
}

/** regradeAssignment's work inside the caller's transaction, for the teacher's own assignment (checked by the caller). */
export async function regradeToCurrentVersions(
  tx: Prisma.TransactionClient,
  assignment: { id: string; lessonId: string; teacherId: string },
  scope: RegradeScope = {},
) {
  await tx.$queryRaw`SELECT id FROM "Attempt" WHERE "assignmentId" = ${assignment.id} FOR UPDATE`;
  const outdated = (await outdatedVersions(tx, assignment.id, assignment.lessonId)).filter(
    ({ old }) => !scope.lineages || scope.lineages.includes(lineage(old)),
  );
  const result = { questionsUpdated: outdated.length, responsesRegraded: 0, gradeChanges: 0 };
  if (outdated.length === 0) return result;
  for (const { old, now } of outdated) {
    await tx.assignmentQuestion.update({
      where: { assignmentId_questionId: { assignmentId: assignment.id, questionId: old.id } },
      data: { questionId: now.id },
    });
  }
  const { article } = await tx.lesson.findUniqueOrThrow({
    where: { id: assignment.lessonId },
    select: { article: { select: { text: true } } },
  });
  // One key per new version, as submitting builds it (the article tells a short answer's acronyms).
  const versions = new Map(
    outdated.map((v) => [
      v.old.id,
      {
        ...v,
        key: answerKeyOf(v.now, article.text),
        oldKey: scope.keepUnchanged ? answerKeyOf(v.old, article.text) : null,
      },
    ]),
  );
  const responses = await tx.response.findMany({
    where: { questionId: { in: [...versions.keys()] }, attempt: { assignmentId: assignment.id } },
    select: {
      id: true,
      questionId: true,
      answer: true,
      points: true,
      correct: true,
      attempt: { select: { status: true } },
    },
  });
  const writes = responses.map((r) => {
    const { old, now, key, oldKey } = versions.get(r.questionId)!;
    const { answer, grade } = regradeResponse(r.answer, old, now, key, {
      points: r.points,
      correct: r.correct,
    });
    const parsed = answerSchema.safeParse(r.answer);
    const unchanged =
      oldKey !== null && sameGrade(gradeAnswer(oldKey, parsed.success ? parsed.data : null), grade);
    return { r, questionId: now.id, answer, grade, regraded: r.attempt.status === "submitted" && !unchanged };
  });
  await writeResponses(tx, writes);
  const changes = writes.filter(
    (w) => w.regraded && w.grade.points !== null && w.grade.points !== w.r.points,
  );
  await tx.gradeChange.createMany({
    data: changes.map(({ r, grade }) => ({
      responseId: r.id,
      changedById: assignment.teacherId,
      oldPoints: r.points,
      newPoints: grade.points!,
      comment: scope.comment ?? REGRADE_COMMENT,
    })),
  });
  result.responsesRegraded = writes.filter((w) => w.regraded).length;
  result.gradeChanges = changes.length;
  await rescoreSubmitted(tx, assignment.id);
  return result;
}

/**
 * Moves responses to their question's new version with their (remapped) answers, and writes the new grade of those
 * regraded: one statement for the whole assignment.
 */
async function writeResponses(
  tx: Prisma.TransactionClient,
  writes: { r: { id: string }; questionId: string; answer: unknown; grade: Grade; regraded: boolean }[],
) {
  if (writes.length === 0) return;
  const column = <T>(pick: (w: (typeof writes)[number]) => T) => writes.map(pick);
  const rows = sql<{
    id: string;
    questionId: string;
    answer: unknown;
    regraded: boolean;
    points: number | null;
    correct: boolean | null;
    near: boolean;
  }>`(
    SELECT * FROM unnest(
      ${column((w) => w.r.id)}::text[], ${column((w) => w.questionId)}::text[],
      ${column((w) => JSON.stringify(w.answer))}::jsonb[], ${column((w) => w.regraded)}::bool[],
      ${column((w) => w.grade.points)}::float8[], ${column((w) => w.grade.correct)}::bool[],
      ${column((w) => w.grade.near === true)}::bool[]
    ) AS t(id, "questionId", answer, regraded, points, correct, near)
  )`;
  await onPrismaTransaction(tx)
    .updateTable("Response as r")
    .from(rows.as("v"))
    .set((eb) => ({
      questionId: eb.ref("v.questionId"),
      answer: eb.ref("v.answer"),
      points: eb.case().when("v.regraded", "=", true).then(eb.ref("v.points")).else(eb.ref("r.points")).end(),
      correct: eb
        .case()
        .when("v.regraded", "=", true)
        .then(eb.ref("v.correct"))
        .else(eb.ref("r.correct"))
        .end(),
      near: eb.case().when("v.regraded", "=", true).then(eb.ref("v.near")).else(eb.ref("r.near")).end(),
    }))
    .whereRef("r.id", "=", "v.id")
    .execute();
}

/** Every submitted attempt's score and points per skill, over the assignment's (now current) questions. */
async function rescoreSubmitted(tx: Prisma.TransactionClient, assignmentId: string) {
  const submitted = await tx.attempt.findMany({
    where: { assignmentId, status: "submitted" },
    select: { id: true },
  });
  await rescoreAttempts(
    onPrismaTransaction(tx),
    submitted.map((a) => a.id),
  );
}
