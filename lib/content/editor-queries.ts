import "server-only";
import { db } from "../db";
import { notFound } from "../errors";
import type { Viewer } from "../auth/viewer-types";
import { idSchema } from "../classes/schema";
import { questionWithKeySelect } from "../attempts/question-select";
import { splitSentences } from "../import/sentences";
import { requireOwnLesson } from "./lesson-access";
import { questionInputOf } from "./question-data";
import type { EditorQuestion } from "./question-editor-schema";

/** A stored question as the editor holds it: offsets into the passage, every optional field present. */
function toEditorQuestion(q: Parameters<typeof questionInputOf>[0], passageStart: number): EditorQuestion {
  const { citation, choices, rubric, evidenceOptions, rejectedAnswers, ...rest } = questionInputOf(q);
  const local = (s: { start: number; end: number }) => ({
    start: s.start - passageStart,
    end: s.end - passageStart,
  });
  return {
    ...rest,
    citation: local(citation),
    choices: choices.map((c) => ({ text: c.text, correct: c.correct, feedback: c.feedback ?? "" })),
    // Always present, so the editor sends the list it shows (an emptied list clears the stored one).
    rejectedAnswers: rejectedAnswers ?? [],
    rubric: rubric ?? "",
    evidenceOptions: evidenceOptions.map(local),
  };
}

/** The owner's lesson for the editor: its passage, the passage's sentences (the keyboard way to cite) and live questions. */
export async function getLessonForEditorOrThrow(viewer: Viewer | null, lessonId: string) {
  const { lesson } = await requireOwnLesson(viewer, lessonId);
  const full = await db.lesson.findUniqueOrThrow({
    where: { id: lesson.id },
    select: {
      id: true,
      title: true,
      objectives: true,
      description: true,
      passage: true,
      passageStart: true,
      questions: {
        where: { retiredAt: null },
        orderBy: { position: "asc" },
        select: questionWithKeySelect,
      },
    },
  });
  // A separate lookup by question id: a relation _count here would aggregate every assignment's questions.
  const assigned = await db.assignmentQuestion.findMany({
    where: { questionId: { in: full.questions.map((q) => q.id) } },
    distinct: ["questionId"],
    select: { questionId: true },
  });
  const assignedIds = new Set(assigned.map((a) => a.questionId));
  return {
    ...full,
    sentences: splitSentences(full.passage),
    questions: full.questions.map((q) => ({
      id: q.id,
      /** Editing or deleting an assigned question writes a new version; graded work keeps the old one. */
      assigned: assignedIds.has(q.id),
      ...toEditorQuestion(q, full.passageStart),
    })),
  };
}

/** One live question of the owner's lesson, in the editor's form. */
export async function getQuestionForEditorOrThrow(
  viewer: Viewer | null,
  lessonId: string,
  questionId: string,
) {
  const lesson = await getLessonForEditorOrThrow(viewer, lessonId);
  const id = idSchema.safeParse(questionId);
  const question = id.success && lesson.questions.find((q) => q.id === id.data);
  if (!question) throw notFound("Question");
  return { lesson, question };
}
