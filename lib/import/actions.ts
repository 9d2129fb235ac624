"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "../auth/get-viewer";
import { formDataObject, runAction, type ActionState } from "../forms/action-state";
import { createDraftLessons } from "./mutations";

export async function createDraftLessonsAction(
  _prev: ActionState<{ slug: string; lessons: number }>,
  formData: FormData,
) {
  const state = await runAction(async () => createDraftLessons(await getViewer(), formDataObject(formData)));
  if (state?.ok) revalidatePath("/teacher/lessons");
  return state;
}
