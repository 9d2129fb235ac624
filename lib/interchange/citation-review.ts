import "server-only";
import { z } from "zod";
import { questionWithKeySelect } from "../attempts/question-select";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { idSchema } from "../classes/schema";
import { trimSpan } from "../content/question-editor-schema";
import { questionInputOf } from "../content/question-data";
import { lockLiveQuestion } from "../content/question-mutations";
import { questionSchema } from "../content/schema";
import { db } from "../db";
import { AppError } from "../errors";
import { parseInput } from "../forms/parse";
import { ownDraftLessonOrThrow, ownDraftQuestionOrThrow } from "../import/draft-access";
import { rejectDraftQuestion } from "../import/mutations";
import { splitSentences } from "../import/sentences";

// Offsets into the lesson's passage, as the citation picker gives them; a passage is far shorter than this bound.
const offset = z.coerce.number().int().min(0).max(10_000_000);
const confirmSchema = z.object({ id: idSchema, start: offset, end: offset });

const NOT_IN_PASSAGE = "Choose words of the passage as the citation.";

/**
 * A draft lesson's imported questions for the citation review: the passage and its sentences (the picker's
 * keyboard path), each question with its key, its citation in passage offsets and whether it was accepted or
 * rejected. Only the owner, while the lesson is a draft.
 */
export async function getCitationReviewOrThrow(viewer: Viewer | null, lessonId: string) {
  const { id } = await ownDraftLessonOrThrow(viewer, lessonId);
  const lesson = await db.lesson.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      title: true,
      passage: true,
      passageStart: true,
      // Rejected drafts too (in a draft lesson, retired means rejected), so every question keeps its number.
      questions: {
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
        select: { ...questionWithKeySelect, acceptedAt: true, retiredAt: true },
      },
    },
  });
  return {
    ...lesson,
    sentences: splitSentences(lesson.passage),
    questions: lesson.questions.map(({ citationStart, citationEnd, acceptedAt, retiredAt, ...q }) => ({
      ...q,
      rejected: retiredAt !== null,
      accepted: retiredAt === null && acceptedAt !== null,
      citation: { start: citationStart - lesson.passageStart, end: citationEnd - lesson.passageStart },
    })),
  };
}

export type CitationReview = Awaited<ReturnType<typeof getCitationReviewOrThrow>>;

/**
 * The teacher confirms (or changes) an imported draft's citation and so accepts it: the span is trimmed to the
 * passage's words, the question is checked again with it (an evidence item's options must still straddle the
 * citation), and a span outside the passage or a refused check writes nothing.
 */
export async function confirmImportedCitation(viewer: Viewer | null, input: unknown) {
  // Who is asking before what they sent: a student's or an anonymous call is refused as such, not as bad input.
  requireTeacher(viewer);
  const { id, start, end } = parseInput(confirmSchema, input);
  const draft = await ownDraftQuestionOrThrow(viewer, id);
  return db.$transaction(async (tx) => {
    await lockLiveQuestion(tx, draft.lessonId, draft.id);
    const [lesson, stored] = await Promise.all([
      tx.lesson.findUniqueOrThrow({
        where: { id: draft.lessonId },
        select: { passage: true, passageStart: true },
      }),
      tx.question.findUniqueOrThrow({ where: { id: draft.id }, select: questionWithKeySelect }),
    ]);
    if (end > lesson.passage.length)
      throw new AppError("invalid", NOT_IN_PASSAGE, { citation: [NOT_IN_PASSAGE] });
    const span = trimSpan(lesson.passage, start, end);
    if (span.end <= span.start) throw new AppError("invalid", NOT_IN_PASSAGE, { citation: [NOT_IN_PASSAGE] });
    const citation = {
      text: lesson.passage.slice(span.start, span.end),
      start: span.start + lesson.passageStart,
      end: span.end + lesson.passageStart,
    };
    const checked = questionSchema.safeParse({ ...questionInputOf(stored), citation });
    if (!checked.success) {
      const message = checked.error.issues[0]?.message ?? "The question is not valid with this citation.";
      throw new AppError("invalid", `${message}.`, { citation: [message] });
    }
    await tx.question.update({
      where: { id: draft.id },
      data: {
        citationText: citation.text,
        citationStart: citation.start,
        citationEnd: citation.end,
        acceptedAt: new Date(),
      },
    });
    return { lessonId: draft.lessonId, id: draft.id };
  });
}

/** Rejects an imported draft (retired, so publishing leaves it out), answering which lesson's review to refresh. */
export async function rejectImportedQuestion(viewer: Viewer | null, input: unknown) {
  requireTeacher(viewer);
  const { id } = parseInput(z.object({ id: idSchema }), input);
  const draft = await ownDraftQuestionOrThrow(viewer, id);
  await rejectDraftQuestion(viewer, { id: draft.id });
  return { lessonId: draft.lessonId, id: draft.id };
}
