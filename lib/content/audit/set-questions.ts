import { answerKeyOf } from "../../attempts/answer-key";
import type { AnswerKey } from "../../grading/grade";
import type { ArticleDocument, QuestionInput, QuestionType } from "../schema";

/** One question of an article's set: `number` counts from 1 across the lessons in export order; `lesson` from 1. */
export type SetQuestion = { number: number; lesson: number; question: QuestionInput };

/**
 * The types graded automatically by picking options. Short answer is graded automatically too, but it is left
 * out: no choice is shown to pick from, so a passage-blind student scores about nothing either way, and
 * counting its points would only dilute how much the choice items give away.
 */
export const CLOSED_TYPES = [
  "single_choice",
  "multiple_select",
  "true_false",
  "evidence",
  "ordering",
] as const;
export type ClosedType = (typeof CLOSED_TYPES)[number];

export const isClosed = (type: QuestionType): type is ClosedType =>
  (CLOSED_TYPES as readonly QuestionType[]).includes(type);

export function setQuestions(doc: ArticleDocument): SetQuestion[] {
  let number = 0;
  return doc.lessons.flatMap((lesson, l) =>
    lesson.questions.map((question) => ({ number: ++number, lesson: l + 1, question })),
  );
}

export const choiceId = (index: number) => `c${index}`;
export const evidenceId = (index: number) => `e${index}`;

/**
 * The key the app grades with, built by the app's own rule (answerKeyOf), so the audit scores picks exactly as
 * a submitted attempt would be scored. Ids are the option's position. The audit grades closed types only, so a
 * short answer's accepted and rejected lists never matter here.
 */
export function answerKeyFor(q: QuestionInput): AnswerKey {
  const stored = {
    type: q.type,
    points: q.points,
    citationStart: q.citation.start,
    citationEnd: q.citation.end,
    acceptedAnswers: q.acceptedAnswers,
    rejectedAnswers: [] as string[],
    choices: q.choices.map((c, i) => ({ id: choiceId(i), correct: c.correct })),
    evidenceOptions: q.evidenceOptions.map((o, i) => ({ id: evidenceId(i), start: o.start, end: o.end })),
  };
  return answerKeyOf(stored);
}

/** Positions of the correct choices. */
export const keyIndexes = (q: QuestionInput): number[] => q.choices.flatMap((c, i) => (c.correct ? [i] : []));
