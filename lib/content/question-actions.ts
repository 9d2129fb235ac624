"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "../auth/get-viewer";
import { runAction } from "../forms/action-state";
import { deleteQuestion, moveQuestion, saveQuestion } from "./question-mutations";
import type { EditorQuestion } from "./question-editor-schema";

// Called from the editor's client components with plain values; each mutation parses them with zod again.
function revalidateLesson(lessonId: string) {
  revalidatePath(`/teacher/lessons/${lessonId}`, "layout");
  revalidatePath("/teacher/lessons");
}

export async function saveQuestionAction(lessonId: string, questionId: string | null, input: EditorQuestion) {
  const state = await runAction(async () => saveQuestion(await getViewer(), lessonId, questionId, input));
  if (state?.ok) revalidateLesson(lessonId);
  return state;
}

export async function deleteQuestionAction(lessonId: string, questionId: string) {
  const state = await runAction(async () => deleteQuestion(await getViewer(), lessonId, questionId));
  if (state?.ok) revalidateLesson(lessonId);
  return state;
}

export async function moveQuestionAction(lessonId: string, questionId: string, direction: "up" | "down") {
  const state = await runAction(async () => moveQuestion(await getViewer(), lessonId, questionId, direction));
  if (state?.ok) revalidateLesson(lessonId);
  return state;
}
