"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "../auth/get-viewer";
import { runAction } from "../forms/action-state";
import { publishDraftLesson } from "../import/mutations";
import { confirmImportedCitation, rejectImportedQuestion } from "./citation-review";

/**
 * The citation review's two buttons, called with plain values (each mutation parses them with zod again). A
 * refusal comes back as state the page announces; a success refreshes the review, the lesson and the library.
 */
function refresh(lessonId: string) {
  revalidatePath(`/teacher/lessons/${lessonId}/review`);
  revalidatePath(`/teacher/lessons/${lessonId}`);
  revalidatePath("/teacher/lessons");
}

export async function confirmCitationAction(input: { id: string; start: number; end: number }) {
  const state = await runAction(async () => confirmImportedCitation(await getViewer(), input));
  if (state?.ok) refresh(state.data.lessonId);
  return state;
}

export async function rejectImportedAction(input: { id: string }) {
  const state = await runAction(async () => rejectImportedQuestion(await getViewer(), input));
  if (state?.ok) refresh(state.data.lessonId);
  return state;
}

// Not the review itself: a published lesson's review is not found, and the page goes to the lesson instead.
export async function publishImportedAction(input: { id: string }) {
  const state = await runAction(async () => publishDraftLesson(await getViewer(), input));
  if (state?.ok) {
    revalidatePath(`/teacher/lessons/${String(input.id)}`);
    revalidatePath("/teacher/lessons");
  }
  return state;
}
