import "server-only";
import type { Viewer } from "../auth/viewer-types";
import { idSchema } from "../classes/schema";
import { pool } from "../db-pool";
import { answerGroups } from "./answer-groups";
import { getTeacherAssignmentOrThrow } from "./assignment-report";

const RESPONSES_SQL = `
  SELECT r.id, r."questionId", COALESCE(r.answer ->> 'text', '') AS text, r.points, r.correct, r.near, r.feedback,
    at."studentId", u."displayName", u.username, at.number AS "attemptNumber"
  FROM "Attempt" at
  JOIN "Response" r ON r."attemptId" = at.id
  JOIN "User" u ON u.id = at."studentId"
  WHERE at."assignmentId" = $1 AND at.status = 'SUBMITTED' AND r."questionId" = $2
    AND ($3 = false OR r.points IS NULL)
  ORDER BY r.points IS NOT NULL, u."displayName", u.username, at.number`;

const COUNTS_SQL = `
  SELECT r."questionId", count(*) FILTER (WHERE r.points IS NULL)::int AS ungraded, count(*)::int AS total,
    count(*) FILTER (WHERE r.near AND r.correct)::int AS near, count(*) FILTER (WHERE r.correct = false)::int AS wrong
  FROM "Attempt" at JOIN "Response" r ON r."attemptId" = at.id
  WHERE at."assignmentId" = $1 AND at.status = 'SUBMITTED' AND r."questionId" = ANY($2)
  GROUP BY r."questionId"`;

// A link to a question version this assignment no longer uses (accepting an answer on the teacher's own lesson
// regrades the assignment to a new version) finds the version it uses now.
const SAME_LINEAGE_SQL = `
  SELECT aq."questionId" AS id FROM "AssignmentQuestion" aq
  JOIN "Question" q ON q.id = aq."questionId"
  JOIN "Question" w ON w.id = $2
  WHERE aq."assignmentId" = $1 AND COALESCE(q."originId", q.id) = COALESCE(w."originId", w.id)`;

export type ResponseToGrade = {
  id: string;
  questionId: string;
  text: string;
  points: number | null;
  correct: boolean | null;
  /** A short answer accepted only through the grader's tolerance. */
  near: boolean;
  feedback: string | null;
  studentId: string;
  displayName: string;
  username: string | null;
  attemptNumber: number;
};

type Counts = { questionId: string; ungraded: number; total: number; near: number; wrong: number };

async function chosenId(assignmentId: string, ids: string[], wanted: string | undefined) {
  const id = idSchema.safeParse(wanted);
  if (!id.success || ids.includes(id.data)) return id.success ? id.data : null;
  const { rows } = await pool.query<{ id: string }>(SAME_LINEAGE_SQL, [assignmentId, id.data]);
  return rows[0]?.id ?? null;
}

/**
 * The questions of an assignment a teacher grades or reviews by hand: open responses with how many answers wait
 * for grading, short answers with how many were near or wrong. For the chosen one, every submitted answer
 * (ungraded first) and, for a short answer, its distinct wrong and near answers to accept or reject for
 * everyone. Teachers of the class only.
 */
export async function getResponsesToGrade(
  viewer: Viewer | null,
  assignmentId: string,
  options: { questionId?: string; ungradedOnly?: boolean } = {},
) {
  const assignment = await getTeacherAssignmentOrThrow(viewer, assignmentId);
  const listed = assignment.questions
    .filter(({ question }) => question.type === "OPEN_RESPONSE" || question.type === "SHORT_ANSWER")
    .map(({ position, question }) => ({
      id: question.id,
      number: position + 1,
      type: question.type as "OPEN_RESPONSE" | "SHORT_ANSWER",
      prompt: question.prompt,
      points: question.points,
      rubric: question.rubric,
    }))
    .sort((a, b) => a.number - b.number);
  const wanted = await chosenId(
    assignment.id,
    listed.map((q) => q.id),
    options.questionId,
  );
  // Open responses wait for the teacher, so they come first when no question is asked for.
  const chosen =
    listed.find((q) => q.id === wanted) ??
    listed.find((q) => q.type === "OPEN_RESPONSE") ??
    listed[0] ??
    null;
  // Short answers are all graded already: the filter is for open responses.
  const ungradedOnly = (options.ungradedOnly ?? false) && chosen?.type === "OPEN_RESPONSE";
  const [counts, responses] = await Promise.all([
    pool.query<Counts>(COUNTS_SQL, [assignment.id, listed.map((q) => q.id)]),
    chosen
      ? pool.query<ResponseToGrade>(RESPONSES_SQL, [assignment.id, chosen.id, ungradedOnly])
      : Promise.resolve({ rows: [] as ResponseToGrade[] }),
  ]);
  const countOf = new Map(counts.rows.map((c) => [c.questionId, c]));
  const withCounts = listed.map((q) => ({
    ...q,
    ungraded: countOf.get(q.id)?.ungraded ?? 0,
    total: countOf.get(q.id)?.total ?? 0,
    near: countOf.get(q.id)?.near ?? 0,
    wrong: countOf.get(q.id)?.wrong ?? 0,
  }));
  return {
    assignment: { id: assignment.id, class: assignment.class, lesson: assignment.lesson },
    /** A decision on a short answer changes the question itself only on the teacher's own lesson. */
    ownLesson: assignment.lesson.ownerId !== null && assignment.lesson.ownerId === viewer?.id,
    questions: withCounts.filter((q) => q.type === "OPEN_RESPONSE"),
    shortAnswers: withCounts.filter((q) => q.type === "SHORT_ANSWER"),
    chosen,
    ungradedOnly,
    responses: responses.rows,
    answerGroups: chosen?.type === "SHORT_ANSWER" ? answerGroups(responses.rows) : [],
  };
}
