import "server-only";
import { z } from "zod";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { idSchema } from "../classes/schema";
import { formInteger } from "../forms/form-number";
import { parseInput } from "../forms/parse";
import { storableText } from "../text-schema";
import { answerKeyOf, type KeyedQuestion } from "../attempts/answer-key";
import type { Answer } from "../grading/answer";
import { gradeAnswer } from "../grading/grade";
import { shortAnswerKey } from "../grading/short-answer/key";
import { matchShortAnswer } from "../grading/short-answer/match";
import { heldButRefused, refusedAs, tolerancesOf } from "../grading/short-answer/tolerance";
import { findUsableLessonOrThrow } from "./lesson-access";
import type { TryAnswerResult } from "./try-answer-result";

const PICK_A_CHOICE = "Pick one of the question's choices";

/** What the "Try an answer" form sends: typed text for a short answer, picked choice positions otherwise. */
export const tryAnswerSchema = z.object({
  answer: storableText().trim().max(200, "A student's short answer holds at most 200 characters").optional(),
  choices: z
    .array(
      formInteger({ required: PICK_A_CHOICE }).pipe(z.number().min(0, PICK_A_CHOICE).max(11, PICK_A_CHOICE)),
    )
    .max(12)
    .default([]),
});

const keyedSelect = {
  type: true,
  points: true,
  citationStart: true,
  citationEnd: true,
  acceptedAnswers: true,
  rejectedAnswers: true,
  choices: { orderBy: { position: "asc" }, select: { id: true, text: true, correct: true } },
  evidenceOptions: { orderBy: { position: "asc" }, select: { id: true, start: true, end: true } },
} as const;

type Input = z.infer<typeof tryAnswerSchema>;
type Keyed = KeyedQuestion & { choices: { id: string; text: string; correct: boolean }[] };

function tryShortAnswer(q: Keyed, articleText: string, input: Input): TryAnswerResult {
  const text = input.answer ?? "";
  if (!text) throw new AppError("invalid", undefined, { answer: ["Type an answer to try"] });
  // The same key and grader as a submitted attempt: the article's acronyms and words included.
  const key = shortAnswerKey(q, articleText);
  const grade = gradeAnswer(answerKeyOf(q, articleText), { type: "short_answer", text });
  const { matched } = matchShortAnswer(text, key);
  return {
    answer: text,
    verdict: !grade.correct ? "wrong" : grade.near ? "near" : "correct",
    points: grade.points ?? 0,
    maxPoints: q.points,
    matched: grade.correct ? matched : null,
    tolerances: grade.near && matched ? tolerancesOf(text, matched, key) : [],
    refusedAs: grade.correct ? null : refusedAs(text, key),
    heldButRefused: grade.correct ? null : heldButRefused(text, key),
  };
}

function tryChoices(q: Keyed, input: Input): TryAnswerResult {
  const picked = [...new Set(input.choices)].map((i) => q.choices[i]);
  const ids = picked.flatMap((c) => (c ? [c.id] : []));
  if (ids.length < picked.length) {
    throw new AppError("invalid", undefined, { choices: ["Pick one of the question's choices"] });
  }
  const single = q.type !== "multiple_select";
  if (ids.length === 0 || (single && ids.length > 1)) {
    const message = single ? "Pick the one choice a student might give" : "Pick at least one choice";
    throw new AppError("invalid", undefined, { choices: [message] });
  }
  const answer: Answer =
    q.type === "multiple_select"
      ? { type: "multiple_select", choiceIds: ids }
      : { type: q.type === "true_false" ? "true_false" : "single_choice", choiceId: ids[0]! };
  const grade = gradeAnswer(answerKeyOf(q), answer);
  const points = grade.points ?? 0;
  return {
    answer: picked.map((c) => c!.text).join("; "),
    verdict: grade.correct ? "correct" : points > 0 ? "partial" : "wrong",
    points,
    maxPoints: q.points,
    matched: null,
    tolerances: [],
    refusedAs: null,
    heldButRefused: null,
  };
}

/**
 * How a student's answer to a live question would be graded, for a teacher checking a question before assigning
 * it. Grades the saved question on the server with the same key and grader as a submitted attempt, so neither
 * the matcher nor the key reaches the browser. Any teacher who may use the lesson may try: its owner, or anyone
 * for a shared lesson; another teacher's lesson answers not found.
 */
export async function tryAnswer(
  viewer: Viewer | null,
  lessonId: unknown,
  questionId: unknown,
  input: unknown,
): Promise<TryAnswerResult> {
  const teacher = requireTeacher(viewer);
  const lesson = await findUsableLessonOrThrow(teacher.id, lessonId, {
    id: true,
    article: { select: { text: true } },
  });
  const id = idSchema.safeParse(questionId);
  const q = id.success
    ? await db.question.findFirst({
        where: { id: id.data, lessonId: lesson.id, retiredAt: null },
        select: keyedSelect,
      })
    : null;
  if (!q) throw notFound("Question");
  const parsed = parseInput(tryAnswerSchema, input);
  switch (q.type) {
    case "short_answer":
      return tryShortAnswer(q, lesson.article.text, parsed);
    case "single_choice":
    case "true_false":
    case "multiple_select":
      return tryChoices(q, parsed);
    default:
      throw new AppError(
        "invalid",
        "Try an answer grades short answers and choice questions; this type is graded another way.",
      );
  }
}
