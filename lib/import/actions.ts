"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "../auth/get-viewer";
import { formDataObject, runAction, type ActionState } from "../forms/action-state";
import { createDraftLessons, publishDraftLesson } from "./mutations";
import { previewArticle, type ArticlePreview } from "./preview";

export async function createDraftLessonsAction(
  _prev: ActionState<{ articleId: string; slug: string; lessons: number }>,
  formData: FormData,
) {
  const state = await runAction(async () => createDraftLessons(await getViewer(), formDataObject(formData)));
  if (state?.ok) revalidatePath("/teacher/lessons");
  return state;
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
