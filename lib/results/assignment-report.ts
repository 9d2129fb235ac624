import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { idSchema } from "../classes/schema";
import { db } from "../db";
import { pool } from "../db-pool";
import { notFound } from "../errors";
import { COMPLETION_SQL, ITEMS_SQL, PICKS_SQL } from "./item-analysis-sql";
import { histogram, mean, median, percentCorrect } from "./statistics";

/** The teacher's own assignment with its question versions and choices; any other answers not found. */
export async function getTeacherAssignmentOrThrow(viewer: Viewer | null, assignmentId: string) {
  const teacher = requireTeacher(viewer);
  const id = idSchema.safeParse(assignmentId);
  const assignment =
    id.success &&
    (await db.assignment.findFirst({
      where: { id: id.data, class: { teacherId: teacher.id } },
      select: {
        id: true,
        openAt: true,
        dueAt: true,
        closedAt: true,
        class: { select: { id: true, name: true } },
        lesson: { select: { id: true, title: true } },
        questions: {
          orderBy: { position: "asc" },
          select: {
            position: true,
            question: {
              select: {
                id: true,
                type: true,
                prompt: true,
                points: true,
                skill: true,
                citationText: true,
                rubric: true,
                choices: {
                  orderBy: { position: "asc" },
                  select: { id: true, text: true, correct: true, feedback: true },
                },
              },
            },
          },
        },
      },
    }));
  if (!assignment) throw notFound("Assignment");
  return assignment;
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
      ...question,
      choices,
      students: item?.students ?? 0,
      ungraded: item?.ungraded ?? 0,
      percentCorrect:
        question.type === "OPEN_RESPONSE" ? null : percentCorrect(item?.correct ?? 0, item?.students ?? 0),
      meanPercent: item?.meanShare === null || item === undefined ? null : item.meanShare * 100,
      discrimination: item?.discrimination ?? null,
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
