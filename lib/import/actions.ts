"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "../auth/get-viewer";
import { formDataObject, runAction, type ActionState } from "../forms/action-state";
import { createDraftLessons, publishDraftLesson, rejectDraftQuestion } from "./mutations";
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

export async function publishDraftLessonAction(formData: FormData) {
  const { articleId } = await publishDraftLesson(await getViewer(), formDataObject(formData));
  revalidatePath(`/teacher/import/${articleId}`);
  revalidatePath("/teacher/lessons");
}

export async function previewArticleAction(_prev: ActionState<ArticlePreview>, formData: FormData) {
  return runAction(async () => previewArticle(await getViewer(), formDataObject(formData)));
}
