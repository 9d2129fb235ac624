"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "../auth/get-viewer";
import { idSchema } from "../classes/schema";
import type { Viewer } from "../auth/viewer-types";
import { toAppError } from "../errors";
import { formDataObject, runAction, type ActionState } from "../forms/action-state";
import { runFormAction } from "../forms/form-action";
import {
  acceptDraftQuestion,
  createDraftLessons,
  publishDraftLesson,
  rejectDraftQuestion,
} from "./mutations";
import { previewArticle, type ArticlePreview } from "./preview";

export async function createDraftLessonsAction(
  _prev: ActionState<{ articleId: string; slug: string; lessons: number }>,
  formData: FormData,
) {
  const state = await runAction(async () => createDraftLessons(await getViewer(), formDataObject(formData)));
  if (state?.ok) revalidatePath("/teacher/lessons");
  return state;
}

type ReviewStep = (viewer: Viewer | null, input: unknown) => Promise<unknown>;

/**
 * Plain form actions for the review page: each button posts the id of what it acts on, and the article's. A
 * repeated click (the question already rejected, or its lesson published from another tab) re-renders the page
 * as things now stand instead of showing an error page.
 */
async function reviewStep(step: ReviewStep, formData: FormData) {
  const input = formDataObject(formData);
  const viewer = await getViewer();
  // Refusals of the caller (no session, a student) answer as a page would: see runFormAction.
  await runFormAction(viewer, async () => {
    try {
      await step(viewer, input);
    } catch (error) {
      const e = toAppError(error);
      if (e.code !== "not_found" && e.code !== "invalid") throw e;
    }
  });
  // The article id comes from the form: only a well-formed one names a page to refresh.
  const articleId = idSchema.safeParse(input.articleId);
  if (articleId.success) revalidatePath(`/teacher/import/${articleId.data}`);
}

export async function rejectDraftQuestionAction(formData: FormData) {
  await reviewStep(rejectDraftQuestion, formData);
}

export async function acceptDraftQuestionAction(formData: FormData) {
  await reviewStep(acceptDraftQuestion, formData);
}

/** Publishing can be refused (questions still undecided), so its form shows the message rather than failing. */
export async function publishDraftLessonAction(
  _prev: ActionState<{ articleId: string }>,
  formData: FormData,
) {
  const state = await runAction(async () => publishDraftLesson(await getViewer(), formDataObject(formData)));
  if (state?.ok) {
    revalidatePath(`/teacher/import/${state.data.articleId}`);
    revalidatePath("/teacher/lessons");
  }
  return state;
}

export async function previewArticleAction(_prev: ActionState<ArticlePreview>, formData: FormData) {
  return runAction(async () => previewArticle(await getViewer(), formDataObject(formData)));
}
