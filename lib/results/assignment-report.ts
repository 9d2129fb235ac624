import "server-only";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { idSchema } from "../classes/schema";
import { pool } from "../db-pool";
import { notFound } from "../errors";
import type { QuestionType, Skill } from "../generated/prisma/enums";
import { COMPLETION_SQL, ITEMS_SQL, PICKS_SQL } from "./item-analysis-sql";
import { histogram, mean, median, percentCorrect } from "./statistics";

const ASSIGNMENT_SQL = `
  SELECT a.id, a."dueAt", a."closedAt",
    json_build_object('id', c.id, 'name', c.name) AS class,
    json_build_object('id', l.id, 'title', l.title, 'ownerId', l."ownerId") AS lesson,
    (SELECT COALESCE(json_agg(json_build_object('position', aq.position, 'question', json_build_object(
        'id', q.id, 'type', q.type, 'prompt', q.prompt, 'points', q.points, 'skill', q.skill,
        'citationText', q."citationText", 'rubric', q.rubric,
        'choices', (SELECT COALESCE(json_agg(json_build_object(
            'id', ch.id, 'text', ch.text, 'correct', ch.correct, 'feedback', ch.feedback) ORDER BY ch.position), '[]')
          FROM "Choice" ch WHERE ch."questionId" = q.id)
      )) ORDER BY aq.position), '[]')
      FROM "AssignmentQuestion" aq JOIN "Question" q ON q.id = aq."questionId"
      WHERE aq."assignmentId" = a.id) AS questions
  FROM "Assignment" a
  JOIN "Class" c ON c.id = a."classId"
  JOIN "Lesson" l ON l.id = a."lessonId"
  WHERE a.id = $1 AND c."teacherId" = $2`;

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
  const { rows } = await pool.query<TeacherAssignment>(ASSIGNMENT_SQL, [id.data, teacher.id]);
  if (!rows[0]) throw notFound("Assignment");
  return rows[0];
}

type Completion = {
  enrolled: number;
  started: number;
  submitted: number;
  needsGrading: number;
  percents: number[];
  medianSeconds: number | null;
};
type ItemRow = {
  questionId: string;
  medianSeconds: number | null;
  students: number;
  correct: number;
  ungraded: number;
  meanShare: number | null;
  discrimination: number | null;
};
type PickRow = { questionId: string; choiceId: string; picks: number };

/**
 * Everything a teacher needs after an assignment: completion, the score distribution, and per-question item analysis
 * (percent right, which choices drew the class, discrimination), most-missed questions first. Aggregates come from
 * three statements whose count does not depend on the class size.
 */
export async function getAssignmentReport(viewer: Viewer | null, assignmentId: string, now = new Date()) {
  const assignment = await getTeacherAssignmentOrThrow(viewer, assignmentId);
  const [completion, items, picks] = await Promise.all([
    pool.query<Completion>(COMPLETION_SQL, [assignment.id, assignment.class.id]),
    pool.query<ItemRow>(ITEMS_SQL, [assignment.id]),
    pool.query<PickRow>(PICKS_SQL, [assignment.id]),
  ]);
  const c = completion.rows[0]!;
  const itemById = new Map(items.rows.map((r) => [r.questionId, r]));
  const pickCount = new Map(picks.rows.map((p) => [`${p.questionId}:${p.choiceId}`, p.picks]));

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
        question.type === "OPEN_RESPONSE" ? null : percentCorrect(item?.correct ?? 0, item?.students ?? 0),
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
    completion: {
      enrolled: c.enrolled,
      started: c.started,
      submitted: c.submitted,
      inProgress: Math.max(0, c.started - c.submitted),
      notStarted: Math.max(0, c.enrolled - c.started),
      // Before the due time nobody is missing yet; after it, everyone enrolled who has not submitted is.
      missing: now > assignment.dueAt ? Math.max(0, c.enrolled - c.submitted) : 0,
      needsGrading: c.needsGrading,
      medianMinutes: c.medianSeconds === null ? null : c.medianSeconds / 60,
    },
    scores: {
      mean: mean(c.percents),
      median: median(c.percents),
      distribution: histogram(c.percents, 10),
    },
    questions: [...questions].sort((a, b) => missRank(a) - missRank(b) || a.number - b.number),
  };
}

export type AssignmentReport = Awaited<ReturnType<typeof getAssignmentReport>>;
