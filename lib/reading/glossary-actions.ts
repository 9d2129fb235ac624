"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "../auth/get-viewer";
import { formArgument, formDataObject, runAction, type ActionState } from "../forms/action-state";
import {
  deleteGlossaryEntry,
  saveAssignmentGlossaryEntry,
  saveLessonGlossaryEntry,
} from "./glossary-mutations";

export async function saveLessonGlossaryEntryAction(_prev: ActionState<{ word: string }>, sent: FormData) {
  const formData = formArgument(sent);
  const id = String(formData.get("lessonId") ?? "");
  const state = await runAction(async () =>
    saveLessonGlossaryEntry(await getViewer(), id, formDataObject(formData)),
  );
  if (state?.ok) revalidatePath(`/teacher/lessons/${id}/edit`);
  return state;
}

export async function saveAssignmentGlossaryEntryAction(
  _prev: ActionState<{ word: string }>,
  sent: FormData,
) {
  const formData = formArgument(sent);
  const id = String(formData.get("assignmentId") ?? "");
  const state = await runAction(async () =>
    saveAssignmentGlossaryEntry(await getViewer(), id, formDataObject(formData)),
  );
  if (state?.ok) revalidatePath(`/teacher/assignments/${id}/settings`);
  return state;
}

export async function deleteGlossaryEntryAction(_prev: ActionState<{ id: string }>, sent: FormData) {
  const formData = formArgument(sent);
  const state = await runAction(async () => deleteGlossaryEntry(await getViewer(), formDataObject(formData)));
  if (state?.ok) {
    const back = String(formData.get("back") ?? "");
    // Only the two pages the glossary form lives on are revalidated, whatever `back` says.
    if (/^\/teacher\/(lessons\/[\w-]+\/edit|assignments\/[\w-]+\/settings)$/.test(back)) revalidatePath(back);
  }
  return state;
}
