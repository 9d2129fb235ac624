import { formData } from "../support/server-actions";
import { action, form } from "./action-helpers";
import { APPROVED, only, TEACHERS } from "./policies";
import type { ActionEntry, Params } from "./types";

const OWNER = ["ownerTeacher"] as const;

const REVIEW = "lib/import/review-actions.ts";
const reviewPage = ({ world }: { world: { import: { articleId: string } } }) =>
  `/teacher/import/${world.import.articleId}`;

const CITATION_REVIEW = "lib/interchange/review-actions.ts";
const citationReviewPage = ({ params }: { params: Params }) => `/teacher/lessons/${params.lesson}/review`;

/** The imported questions' citation review: its buttons, called with plain objects from its client component. */
const CITATION_REVIEW_ACTIONS: ActionEntry[] = [
  action(CITATION_REVIEW, "confirmCitationAction", {
    policy: only(OWNER),
    writes: true,
    // The draft's own proposed citation, in passage offsets, as the picker sends it.
    prepare: async (_world, fresh) => {
      const id = await fresh.draftQuestion();
      const { db } = await import("@/lib/db");
      const q = await db.question.findUniqueOrThrow({
        where: { id },
        select: {
          lessonId: true,
          citationStart: true,
          citationEnd: true,
          lesson: { select: { passageStart: true } },
        },
      });
      return {
        question: id,
        lesson: q.lessonId,
        start: String(q.citationStart - q.lesson.passageStart),
        end: String(q.citationEnd - q.lesson.passageStart),
      };
    },
    page: citationReviewPage,
    args: ({ params }) => [{ id: params.question!, start: Number(params.start), end: Number(params.end) }],
  }),
  action(CITATION_REVIEW, "rejectImportedAction", {
    policy: only(OWNER),
    writes: true,
    prepare: async (_world, fresh) => {
      const id = await fresh.draftQuestion();
      const { db } = await import("@/lib/db");
      const q = await db.question.findUniqueOrThrow({ where: { id }, select: { lessonId: true } });
      return { question: id, lesson: q.lessonId };
    },
    page: citationReviewPage,
    args: ({ params }) => [{ id: params.question! }],
  }),
  action(CITATION_REVIEW, "publishImportedAction", {
    policy: only(OWNER),
    writes: true,
    prepare: async (_world, fresh) => ({ lesson: await fresh.readyDraftLesson() }),
    page: citationReviewPage,
    args: ({ params }) => [{ id: params.lesson! }],
  }),
];

/** The import review's buttons, called with plain objects from its client component. */
const DRAFT_REVIEW_ACTIONS: ActionEntry[] = [
  action(REVIEW, "acceptDraftAction", {
    policy: only(OWNER),
    writes: true,
    prepare: async (_world, fresh) => ({ question: await fresh.draftQuestion() }),
    page: reviewPage,
    args: ({ params }) => [{ id: params.question!, accepted: "true" }],
  }),
  action(REVIEW, "rejectDraftAction", {
    policy: only(OWNER),
    writes: true,
    prepare: async (_world, fresh) => ({ question: await fresh.draftQuestion() }),
    page: reviewPage,
    args: ({ params }) => [{ id: params.question! }],
  }),
  action(REVIEW, "restoreDraftAction", {
    policy: only(OWNER),
    writes: true,
    prepare: async (_world, fresh) => ({ question: await fresh.rejectedDraftQuestion() }),
    page: reviewPage,
    args: ({ params }) => [{ id: params.question! }],
  }),
  ...(["acceptRemainingAction", "regenerateDraftsAction"] as const).map((name) =>
    action(REVIEW, name, {
      policy: only(OWNER),
      writes: true,
      prepare: async (_world, fresh) => ({ lesson: await fresh.undecidedDraftLesson() }),
      page: reviewPage,
      args: ({ params }) => [{ lessonId: params.lesson! }],
    }),
  ),
  action(REVIEW, "undoAcceptRemainingAction", {
    policy: only(OWNER),
    writes: true,
    prepare: async (_world, fresh) => fresh.acceptedBatch(),
    page: reviewPage,
    args: ({ params }) => [{ lessonId: params.lesson!, batch: params.batch! }],
  }),
];

/** Lessons, questions and imports: the owner's own lesson and draft article, and the shared lesson. */
export const CONTENT_ACTIONS: ActionEntry[] = [
  action("lib/content/actions.ts", "duplicateLessonAction", {
    policy: only(APPROVED),
    writes: true,
    page: ({ world }) => `/teacher/lessons/${world.sharedLesson}`,
    // A plain form action: its only argument is the form data.
    args: ({ world }) => [formData({ lessonId: world.sharedLesson })],
  }),
  action("lib/content/actions.ts", "updateLessonDetailsAction", {
    policy: only(OWNER),
    writes: true,
    page: ({ world }) => `/teacher/lessons/${world.ownLesson.id}/edit`,
    args: ({ world }) =>
      form({
        lessonId: world.ownLesson.id,
        title: "The owner's lesson",
        objectives: "Find the main idea\nCite the passage",
        description: "A lesson the security run edits.",
      }),
  }),
  action("lib/content/question-actions.ts", "saveQuestionAction", {
    policy: only(OWNER),
    writes: true,
    page: ({ world }) => `/teacher/lessons/${world.ownLesson.id}/edit/new`,
    args: ({ world }) => [world.ownLesson.id, null, world.ownLesson.newQuestion],
  }),
  action("lib/content/question-actions.ts", "deleteQuestionAction", {
    policy: only(OWNER),
    writes: true,
    prepare: async (world, fresh) => ({ question: await fresh.question(world.ownLesson.id) }),
    page: ({ world }) => `/teacher/lessons/${world.ownLesson.id}/edit`,
    args: ({ world, params }) => [world.ownLesson.id, params.question!],
  }),
  action("lib/content/question-actions.ts", "moveQuestionAction", {
    policy: only(OWNER),
    writes: true,
    page: ({ world }) => `/teacher/lessons/${world.ownLesson.id}/edit`,
    args: ({ world }) => [world.ownLesson.id, world.ownLesson.questionId, "down"],
  }),
  action(
    "lib/content/try-answer-actions.ts",
    "tryAnswerAction",
    {
      policy: only(OWNER),
      page: ({ world }) => `/teacher/lessons/${world.ownLesson.id}`,
      args: ({ world }) =>
        form({
          lessonId: world.ownLesson.id,
          questionId: world.ownLesson.shortAnswerQuestionId,
          answer: "Putin",
        }),
    },
    {
      note: "a shared lesson",
      policy: only(APPROVED),
      page: ({ world }) => `/teacher/lessons/${world.sharedLesson}`,
      args: ({ world }) =>
        form({
          lessonId: world.sharedLesson,
          questionId: world.assignment.shortAnswerQuestionId,
          answer: "Putin",
        }),
    },
  ),

  action("lib/import/actions.ts", "previewArticleAction", {
    policy: only(TEACHERS),
    page: () => "/teacher/import",
    args: ({ world }) => form({ text: world.import.text, kind: "text" }),
  }),
  action("lib/import/actions.ts", "createDraftLessonsAction", {
    policy: only(TEACHERS),
    writes: true,
    page: () => "/teacher/import",
    args: ({ world }) => form({ text: world.import.text, kind: "text" }),
  }),
  action("lib/import/actions.ts", "publishDraftLessonAction", {
    policy: only(OWNER),
    writes: true,
    prepare: async (_world, fresh) => ({ lesson: await fresh.readyDraftLesson() }),
    page: ({ world }) => `/teacher/import/${world.import.articleId}`,
    args: ({ params }) => form({ id: params.lesson! }),
  }),
  ...DRAFT_REVIEW_ACTIONS,
  ...CITATION_REVIEW_ACTIONS,
];
