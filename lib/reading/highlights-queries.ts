import "server-only";
import { isClosed } from "../attempts/attempt-rules";
import { requireStudent } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { idSchema } from "../classes/schema";
import { db } from "../db";
import { notFound } from "../errors";
import { getAssignmentReport } from "../results/assignment-report";
import { anchorIn } from "./highlight-anchor";
import type { ShownHighlight } from "./highlight-types";
import { citedSentences, sentenceHeat } from "./class-heat";
import { mostLookedUp } from "./lookup-stats";
import { passageSentences, sentenceList } from "./passage-sentences";

const highlightSelect = {
  id: true,
  startOffset: true,
  endOffset: true,
  quote: true,
  color: true,
  note: true,
  version: true,
} as const;

type Row = {
  id: string;
  startOffset: number;
  endOffset: number;
  quote: string;
  color: ShownHighlight["color"];
  note: string;
  version: number;
};

/** Stored highlights placed in today's passage; those whose text an edit removed are left out. */
function anchored<R extends Row>(passage: string, rows: R[]) {
  return rows.flatMap(({ startOffset, endOffset, ...rest }) => {
    const at = anchorIn(passage, { start: startOffset, end: endOffset, quote: rest.quote });
    return at ? [{ ...rest, ...at } satisfies ShownHighlight] : [];
  });
}

/**
 * A student's own highlights of a lesson, placed in its passage, in passage order: the caller has checked the student
 * may read the lesson (a released review of their own attempt reads them, lib/attempts/queries.ts).
 */
export async function ownLessonHighlights(studentId: string, lesson: { id: string; passage: string }) {
  const rows = await db.highlight.findMany({
    where: { studentId, lessonId: lesson.id, deletedAt: null },
    select: highlightSelect,
    orderBy: { startOffset: "asc" },
  });
  return anchored(lesson.passage, rows);
}

/**
 * A student's own highlights of the lesson of an assignment they can open, and where new ones are saved: the
 * lesson, and the assignment while it is open (once it closes, highlights belong to the lesson alone).
 */
export async function getOwnHighlights(viewer: Viewer | null, assignmentId: string, now = new Date()) {
  const student = requireStudent(viewer);
  const id = idSchema.safeParse(assignmentId);
  const assignment =
    id.success &&
    (await db.assignment.findFirst({
      where: {
        id: id.data,
        openAt: { lte: now },
        class: { archivedAt: null, enrollments: { some: { studentId: student.id } } },
      },
      select: {
        id: true,
        dueAt: true,
        closedAt: true,
        latePolicy: true,
        instructions: true,
        lesson: { select: { id: true, passage: true } },
      },
    }));
  if (!assignment) throw notFound("Assignment");
  return {
    instructions: assignment.instructions,
    target: {
      lessonId: assignment.lesson.id,
      assignmentId: isClosed(assignment, now) ? null : assignment.id,
      initial: await ownLessonHighlights(student.id, assignment.lesson),
    },
  };
}

/**
 * The class reading view of one assignment, for its teachers (the same authorization as its results, through
 * getAssignmentReport): the passage's sentences with how many students highlighted each, each question's cited
 * sentences with its percent correct from the report's item analysis, the words most looked up, and each student's
 * highlights and notes made during the assignment.
 */
export async function getClassReading(viewer: Viewer | null, assignmentId: string) {
  const report = await getAssignmentReport(viewer, assignmentId);
  const [lesson, citations, rows, words] = await Promise.all([
    db.lesson.findUniqueOrThrow({
      where: { id: report.assignment.lesson.id },
      select: { passage: true, passageStart: true },
    }),
    db.question.findMany({
      where: { id: { in: report.questions.map((q) => q.id) } },
      select: { id: true, citationStart: true, citationEnd: true },
    }),
    db.highlight.findMany({
      where: { assignmentId: report.assignment.id, deletedAt: null },
      select: { ...highlightSelect, studentId: true, student: { select: { displayName: true } } },
      orderBy: [{ student: { displayName: "asc" } }, { startOffset: "asc" }, { createdAt: "asc" }],
    }),
    mostLookedUp(viewer, report.assignment.id),
  ]);
  const blocks = passageSentences(lesson.passage);
  const sentences = sentenceList(blocks);
  const highlights = anchored(lesson.passage, rows);
  const questionById = new Map(report.questions.map((q) => [q.id, q]));
  const cited = citedSentences(
    sentences,
    citations
      .map((c) => ({
        number: questionById.get(c.id)!.number,
        percentCorrect: questionById.get(c.id)!.percentCorrect,
        start: c.citationStart - lesson.passageStart,
        end: c.citationEnd - lesson.passageStart,
      }))
      .sort((a, b) => a.number - b.number),
  );
  const students = new Map<string, { name: string; highlights: typeof highlights }>();
  for (const h of highlights) {
    const entry = students.get(h.studentId) ?? { name: h.student.displayName, highlights: [] };
    entry.highlights.push(h);
    students.set(h.studentId, entry);
  }
  return {
    assignment: report.assignment,
    enrolled: report.completion.enrolled,
    blocks,
    heat: Object.fromEntries(sentenceHeat(sentences, highlights)),
    cited: Object.fromEntries(
      [...cited].map(([id, qs]) => [
        id,
        qs.map(({ number, percentCorrect }) => ({ number, percentCorrect })),
      ]),
    ),
    words,
    students: [...students].map(([studentId, s]) => ({
      studentId,
      name: s.name,
      highlights: s.highlights.map(({ id, start, end, quote, color, note }) => ({
        id,
        start,
        end,
        quote,
        color,
        note,
      })),
    })),
  };
}

export type ClassReading = Awaited<ReturnType<typeof getClassReading>>;
