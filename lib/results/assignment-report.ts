import "server-only";
import { sql, type Expression } from "kysely";
import { jsonBuildObject } from "kysely/helpers/postgres";
import { teacherOwnsAssignment } from "../assignments/access";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { idSchema } from "../classes/schema";
import { expr, pagesDb } from "../sql";
import { notFound } from "../errors";
import type { QuestionType, Skill } from "../generated/prisma/enums";
import { completionQuery, itemsQuery, picksQuery } from "./item-analysis-sql";
import { reportSummary } from "./report-summary";
import { percentCorrect } from "./statistics";

type ReportQuestion = {
  id: string;
  type: QuestionType;
  prompt: string;
  points: number;
  skill: Skill;
  citationText: string;
  rubric: string | null;
  choices: { id: string; text: string; correct: boolean; feedback: string | null }[];
};

type TeacherAssignment = {
  id: string;
  dueAt: Date;
  closedAt: Date | null;
  class: { id: string; name: string };
  /** ownerId: null for a shared lesson. */
  lesson: { id: string; title: string; ownerId: string | null };
  questions: { position: number; question: ReportQuestion }[];
};

/**
 * The teacher's own assignment with its question versions and choices, in one statement (the report is the
 * heaviest results page); any other teacher's assignment answers not found, like a missing one.
 */
export async function getTeacherAssignmentOrThrow(
  viewer: Viewer | null,
  assignmentId: string,
): Promise<TeacherAssignment> {
  const teacher = requireTeacher(viewer);
  const id = idSchema.safeParse(assignmentId);
  if (!id.success) throw notFound("Assignment");
  const found = await pagesDb
    .selectFrom("Assignment as a")
    .innerJoin("Class as c", "c.id", "a.classId")
    .innerJoin("Lesson as l", "l.id", "a.lessonId")
    .select((eb) => [
      "a.id",
      "a.dueAt",
      "a.closedAt",
      jsonBuildObject({ id: eb.ref("c.id"), name: eb.ref("c.name") }).as("class"),
      jsonBuildObject({ id: eb.ref("l.id"), title: eb.ref("l.title"), ownerId: eb.ref("l.ownerId") }).as(
        "lesson",
      ),
      eb.fn
        .coalesce(
          eb
            .selectFrom("AssignmentQuestion as aq")
            .innerJoin("Question as q", "q.id", "aq.questionId")
            .select((s) =>
              s.fn
                .jsonAgg(
                  jsonBuildObject({
                    position: s.ref("aq.position"),
                    question: jsonBuildObject({
                      id: s.ref("q.id"),
                      type: s.ref("q.type"),
                      prompt: s.ref("q.prompt"),
                      points: s.ref("q.points"),
                      skill: s.ref("q.skill"),
                      citationText: s.ref("q.citationText"),
                      rubric: s.ref("q.rubric"),
                      choices: choicesOf(s.ref("q.id")),
                    }),
                  }),
                )
                .orderBy("aq.position")
                .as("questions"),
            )
            .whereRef("aq.assignmentId", "=", "a.id")
            .$asScalar(),
          sql.lit("[]"),
        )
        .as("questions"),
    ])
    .where("a.id", "=", id.data)
    .where((eb) => teacherOwnsAssignment(eb.ref("a.classId"), teacher.id))
    .executeTakeFirst();
  if (!found) throw notFound("Assignment");
  return found;
}

/** A question's choices, in order, as a JSON array. */
function choicesOf(questionId: Expression<string>) {
  return expr.fn.coalesce(
    expr
      .selectFrom("Choice as ch")
      .select((s) =>
        s.fn
          .jsonAgg(
            jsonBuildObject({
              id: s.ref("ch.id"),
              text: s.ref("ch.text"),
              correct: s.ref("ch.correct"),
              feedback: s.ref("ch.feedback"),
            }),
          )
          .orderBy("ch.position")
          .as("choices"),
      )
      .where("ch.questionId", "=", questionId)
      .$asScalar(),
    sql.lit("[]"),
  );
}

/**
 * Everything a teacher needs after an assignment: completion, the score distribution, and per-question item analysis
 * (percent right, which choices drew the class, discrimination), most-missed questions first. Aggregates come from
 * three statements whose count does not depend on the class size.
 */
export async function getAssignmentReport(viewer: Viewer | null, assignmentId: string, now = new Date()) {
  const assignment = await getTeacherAssignmentOrThrow(viewer, assignmentId);
  const [c, items, picks] = await Promise.all([
    completionQuery(assignment.id, assignment.class.id).executeTakeFirstOrThrow(),
    itemsQuery(assignment.id).execute(),
    picksQuery(assignment.id).execute(),
  ]);
  const itemById = new Map(items.map((r) => [r.questionId, r]));
  const pickCount = new Map(picks.map((p) => [`${p.questionId}:${p.choiceId}`, p.picks]));

  const questions = assignment.questions.map(({ position, question }) => {
    const item = itemById.get(question.id);
    const choices = question.choices.map((choice) => ({
      ...choice,
      picks: pickCount.get(`${question.id}:${choice.id}`) ?? 0,
    }));
    const wrong = choices.filter((ch) => !ch.correct && ch.picks > 0);
    const topWrong = wrong.reduce<(typeof choices)[number] | null>(
      (best, ch) => (best === null || ch.picks > best.picks ? ch : best),
      null,
    );
    return {
      number: position + 1,
      id: question.id,
      type: question.type,
      prompt: question.prompt,
      points: question.points,
      skill: question.skill,
      citationText: question.citationText,
      choices,
      students: item?.students ?? 0,
      ungraded: item?.ungraded ?? 0,
      percentCorrect:
        question.type === "open_response" ? null : percentCorrect(item?.correct ?? 0, item?.students ?? 0),
      meanPercent: item?.meanShare === null || item === undefined ? null : item.meanShare * 100,
      discrimination: item?.discrimination ?? null,
      medianSeconds: item?.medianSeconds ?? null,
      topWrongChoice: topWrong,
    };
  });
  const missRank = (q: (typeof questions)[number]) => q.percentCorrect ?? q.meanPercent ?? 101;

  return {
    assignment: {
      id: assignment.id,
      dueAt: assignment.dueAt,
      closed: assignment.closedAt !== null,
      class: assignment.class,
      lesson: assignment.lesson,
    },
    ...reportSummary(c, assignment.dueAt, now),
    questions: [...questions].sort((a, b) => missRank(a) - missRank(b) || a.number - b.number),
  };
}

export type AssignmentReport = Awaited<ReturnType<typeof getAssignmentReport>>;
