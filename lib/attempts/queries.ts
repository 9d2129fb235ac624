import "server-only";
import { db } from "../db";
import { notFound } from "../errors";
import { requireStudent } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { answerSchema, type Answer } from "../grading/answer";
import { allowedAttempts, hasAttemptsLeft, isClosed } from "./attempt-rules";
import { attemptWindow, keyRelease, studentWindowSelect } from "./release";
import { seededShuffle } from "./seeded-shuffle";
import { sealAnswer, shuffleSeed } from "./opaque-ids";
import { toStudentQuestion } from "./student-question";
import { studentTimeLimitMinutes } from "./time-limit";
import { scoreOverGraded } from "../results/provisional";
import { ownLessonHighlights } from "../reading/highlights-queries";
import { questionWithKeySelect, studentQuestionSelect } from "./question-select";

export type SavedAnswer = { questionId: string; answer: Answer; version: number; flagged: boolean };

const attemptSummarySelect = {
  id: true,
  number: true,
  status: true,
  startedAt: true,
  deadlineAt: true,
  submittedAt: true,
  points: true,
  maxPoints: true,
  percent: true,
  provisional: true,
  late: true,
} as const;

async function findStudentAssignment(studentId: string, assignmentId: string, now: Date) {
  const assignment = await db.assignment.findFirst({
    where: {
      id: assignmentId,
      openAt: { lte: now },
      class: { archivedAt: null, enrollments: { some: { studentId } } },
    },
    select: {
      id: true,
      dueAt: true,
      closedAt: true,
      latePolicy: true,
      attemptsAllowed: true,
      timeLimitMinutes: true,
      releasePolicy: true,
      shuffleQuestions: true,
      shuffleChoices: true,
      class: {
        select: {
          name: true,
          // Empty once the student left the class (removed or moved): they keep their results but start nothing.
          enrollments: { where: { studentId, endedAt: null }, select: { studentId: true } },
        },
      },
      lesson: {
        select: {
          title: true,
          objectives: true,
          description: true,
          passage: true,
          readingMinutes: true,
          article: { select: { about: true } },
        },
      },
      accommodations: { where: { studentId }, select: { extraAttempts: true, timeFactor: true } },
      attempts: { where: { studentId }, orderBy: { number: "asc" }, select: attemptSummarySelect },
    },
  });
  if (!assignment) throw notFound("Assignment");
  return assignment;
}

/**
 * Points of each provisional attempt that wait for the teacher: its open responses not graded yet. One statement
 * for the listed attempts, so a score can be shown over the points graded so far (lib/results/provisional.ts).
 */
async function pendingPointsOf(
  attempts: { id: string; provisional: boolean }[],
): Promise<Map<string, number>> {
  const ids = attempts.filter((a) => a.provisional).map((a) => a.id);
  if (ids.length === 0) return new Map();
  const rows = await db.response.findMany({
    where: { attemptId: { in: ids }, points: null, question: { type: "open_response" } },
    select: { attemptId: true, question: { select: { points: true } } },
  });
  const pending = new Map<string, number>();
  for (const r of rows) pending.set(r.attemptId, (pending.get(r.attemptId) ?? 0) + r.question.points);
  return pending;
}

const withGradedSoFar = <A extends { id: string; points: number | null; maxPoints: number | null }>(
  attempt: A & { provisional: boolean },
  pending: Map<string, number>,
) => ({
  ...attempt,
  gradedSoFar: attempt.provisional ? scoreOverGraded(attempt, pending.get(attempt.id) ?? 0) : null,
});

/** The quiz page's data for a student: the lesson, their attempts, and the open attempt's questions and saved answers. */
export async function getQuizForStudentOrThrow(
  viewer: Viewer | null,
  assignmentId: string,
  now = new Date(),
) {
  const student = requireStudent(viewer);
  // Reads never write: the page submits an attempt whose time ran out first (expireAttemptIfPastDeadline).
  const assignment = await findStudentAssignment(student.id, assignmentId, now);
  const open = assignment.attempts.find((a) => a.status === "in_progress") ?? null;
  const window = attemptWindow(assignment);
  const allowed = allowedAttempts(window);
  const closed = isClosed(assignment, now);
  const submittedRows = assignment.attempts.filter((a) => a.status === "submitted");
  const pending = await pendingPointsOf(submittedRows);
  const submitted = submittedRows.map((a) => withGradedSoFar(a, pending));
  const left = assignment.class.enrollments.length === 0;

  return {
    assignment: {
      id: assignment.id,
      title: assignment.lesson.title,
      className: assignment.class.name,
      dueAt: assignment.dueAt,
      objectives: assignment.lesson.objectives,
      description: assignment.lesson.description,
      passage: assignment.lesson.passage,
      about: assignment.lesson.article.about,
      readingMinutes: assignment.lesson.readingMinutes,
      attemptsAllowed: allowed,
      // The student's own limit, with an accommodation's extended time, as their attempt's deadline is set.
      timeLimitMinutes: studentTimeLimitMinutes(
        assignment.timeLimitMinutes,
        assignment.accommodations[0]?.timeFactor,
      ),
      closed,
      left,
    },
    submitted,
    canStart: !left && !open && hasAttemptsLeft(window, now),
    attempt: !left && open ? await openAttemptView(open, assignment) : null,
  };
}

async function openAttemptView(
  { id: attemptId, startedAt, deadlineAt }: { id: string; startedAt: Date; deadlineAt: Date | null },
  assignment: { id: string; shuffleQuestions: boolean; shuffleChoices: boolean },
) {
  const [questions, responses] = await Promise.all([
    db.assignmentQuestion.findMany({
      where: { assignmentId: assignment.id },
      orderBy: { position: "asc" },
      select: {
        question: { select: studentQuestionSelect },
      },
    }),
    db.response.findMany({
      where: { attemptId },
      select: { questionId: true, answer: true, version: true, flagged: true },
    }),
  ]);
  const ordered = questions.map((q) => toStudentQuestion(q.question, attemptId, assignment.shuffleChoices));
  const answers: SavedAnswer[] = responses.flatMap((r) => {
    const parsed = answerSchema.safeParse(r.answer);
    return parsed.success ? [{ ...r, answer: sealAnswer(attemptId, parsed.data) }] : [];
  });
  return {
    id: attemptId,
    startedAt,
    deadlineAt,
    questions: assignment.shuffleQuestions ? seededShuffle(ordered, shuffleSeed(attemptId, "")) : ordered,
    answers,
  };
}

/** A submitted attempt for its student: the score always; answers, keys and explanations only once released. */
export async function getAttemptReviewOrThrow(viewer: Viewer | null, attemptId: string, now = new Date()) {
  const student = requireStudent(viewer);
  const attempt = await db.attempt.findFirst({
    where: { id: attemptId, studentId: student.id, status: "submitted" },
    select: {
      ...attemptSummarySelect,
      assignment: {
        select: {
          ...studentWindowSelect(student.id),
          lesson: { select: { id: true, title: true, passage: true, passageStart: true } },
        },
      },
    },
  });
  if (!attempt) throw notFound("Attempt");
  const { assignment, ...summary } = attempt;
  const { released, withheldFor } = keyRelease(assignment, now);
  const base = {
    attempt: withGradedSoFar(summary, await pendingPointsOf([summary])),
    assignmentId: assignment.id,
    title: assignment.lesson.title,
    released,
    withheldFor,
  };
  if (!released) return { ...base, passage: null, items: null, highlights: [] };

  const [questions, responses, highlights] = await Promise.all([
    db.assignmentQuestion.findMany({
      where: { assignmentId: assignment.id },
      orderBy: { position: "asc" },
      select: { question: { select: questionWithKeySelect } },
    }),
    db.response.findMany({
      where: { attemptId },
      select: { questionId: true, answer: true, points: true, correct: true, feedback: true },
    }),
    // The student's own highlights of the lesson, read-only beside their answers (made on the assignment page).
    ownLessonHighlights(student.id, assignment.lesson),
  ]);
  const byQuestion = new Map(responses.map((r) => [r.questionId, r]));
  return {
    ...base,
    highlights,
    // Released only: the citations are part of the answers, and the passage is what they point into.
    passage: { text: assignment.lesson.passage, start: assignment.lesson.passageStart },
    items: questions.map(({ question: q }) => {
      const r = byQuestion.get(q.id);
      const parsed = r ? answerSchema.safeParse(r.answer) : null;
      return {
        question: q,
        answer: parsed?.success ? parsed.data : null,
        points: r?.points ?? (q.type === "open_response" ? null : 0),
        correct: r?.correct ?? false,
        feedback: r?.feedback ?? null,
      };
    }),
  };
}
