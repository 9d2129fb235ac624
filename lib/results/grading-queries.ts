import "server-only";
import { sql } from "kysely";
import type { Viewer } from "../auth/viewer-types";
import { idSchema } from "../classes/schema";
import { asInt, countAll, jsonText, pagesDb } from "../sql";
import { answerGroups } from "./answer-groups";
import { getTeacherAssignmentOrThrow } from "./assignment-report";

/** Every submitted answer to one question of an assignment, ungraded first, then by student and attempt. */
function responsesOf(assignmentId: string, questionId: string, ungradedOnly: boolean) {
  return pagesDb
    .selectFrom("Attempt as at")
    .innerJoin("Response as r", "r.attemptId", "at.id")
    .innerJoin("User as u", "u.id", "at.studentId")
    .select((eb) => [
      "r.id",
      "r.questionId",
      eb.fn.coalesce(jsonText(eb.ref("r.answer"), "text"), sql.lit("")).as("text"),
      "r.points",
      "r.correct",
      "r.near",
      "r.feedback",
      "at.studentId",
      "u.displayName",
      "u.username",
      "at.number as attemptNumber",
    ])
    .where("at.assignmentId", "=", assignmentId)
    .where("at.status", "=", sql.lit("submitted"))
    .where("r.questionId", "=", questionId)
    .$if(ungradedOnly, (q) => q.where("r.points", "is", null))
    .orderBy((eb) => eb("r.points", "is not", null))
    .orderBy("u.displayName")
    .orderBy("u.username")
    .orderBy("at.number")
    .execute();
}

/** Per question of `questionIds`, how many submitted answers wait for grading, were near, were wrong. */
function countsOf(assignmentId: string, questionIds: string[]) {
  return pagesDb
    .selectFrom("Attempt as at")
    .innerJoin("Response as r", "r.attemptId", "at.id")
    .select((eb) => [
      "r.questionId",
      asInt(eb.fn.countAll().filterWhere("r.points", "is", null)).as("ungraded"),
      countAll().as("total"),
      asInt(eb.fn.countAll().filterWhere(eb.and([eb.ref("r.near"), eb("r.correct", "=", eb.lit(true))]))).as(
        "near",
      ),
      asInt(eb.fn.countAll().filterWhere("r.correct", "=", eb.lit(false))).as("wrong"),
    ])
    .where("at.assignmentId", "=", assignmentId)
    .where("at.status", "=", sql.lit("submitted"))
    .where((eb) => eb("r.questionId", "=", eb.fn.any(eb.val(questionIds))))
    .groupBy("r.questionId")
    .execute();
}

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

async function chosenId(assignmentId: string, ids: string[], wanted: string | undefined) {
  const id = idSchema.safeParse(wanted);
  if (!id.success || ids.includes(id.data)) return id.success ? id.data : null;
  // A link to a question version this assignment no longer uses (accepting an answer on the teacher's own lesson
  // regrades the assignment to a new version) finds the version it uses now.
  const same = await pagesDb
    .selectFrom("AssignmentQuestion as aq")
    .innerJoin("Question as q", "q.id", "aq.questionId")
    .innerJoin("Question as w", (join) => join.on("w.id", "=", id.data))
    .select("aq.questionId as id")
    .where("aq.assignmentId", "=", assignmentId)
    .where((eb) => eb(eb.fn.coalesce("q.originId", "q.id"), "=", eb.fn.coalesce("w.originId", "w.id")))
    .executeTakeFirst();
  return same?.id ?? null;
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
    .filter(({ question }) => question.type === "open_response" || question.type === "short_answer")
    .map(({ position, question }) => ({
      id: question.id,
      number: position + 1,
      type: question.type as "open_response" | "short_answer",
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
    listed.find((q) => q.type === "open_response") ??
    listed[0] ??
    null;
  // Short answers are all graded already: the filter is for open responses.
  const ungradedOnly = (options.ungradedOnly ?? false) && chosen?.type === "open_response";
  const [counts, responses] = await Promise.all([
    countsOf(
      assignment.id,
      listed.map((q) => q.id),
    ),
    chosen ? responsesOf(assignment.id, chosen.id, ungradedOnly) : [],
  ]);
  const countOf = new Map(counts.map((c) => [c.questionId, c]));
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
    questions: withCounts.filter((q) => q.type === "open_response"),
    shortAnswers: withCounts.filter((q) => q.type === "short_answer"),
    chosen,
    ungradedOnly,
    responses: responses satisfies ResponseToGrade[],
    answerGroups: chosen?.type === "short_answer" ? answerGroups(responses) : [],
  };
}
