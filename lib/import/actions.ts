"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "../auth/get-viewer";
import { formDataObject, runAction, type ActionState } from "../forms/action-state";
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

/** Plain form actions for the review page: each button posts the id of what it acts on. */
export async function rejectDraftQuestionAction(formData: FormData) {
  const { articleId } = await rejectDraftQuestion(await getViewer(), formDataObject(formData));
  revalidatePath(`/teacher/import/${articleId}`);
}

export async function acceptDraftQuestionAction(formData: FormData) {
  const { articleId } = await acceptDraftQuestion(await getViewer(), formDataObject(formData));
  revalidatePath(`/teacher/import/${articleId}`);
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
