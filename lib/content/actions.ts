"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getViewer } from "../auth/get-viewer";
import { formArgument, formDataObject, runAction, type ActionState } from "../forms/action-state";
import { runFormAction } from "../forms/form-action";
import { duplicateLesson } from "./duplicate-lesson";
import { updateLessonDetails } from "./lesson-details";

/** A plain form action, so duplicating works before the page's JavaScript has loaded. */
export async function duplicateLessonAction(sent: FormData) {
  const formData = formArgument(sent);
  const viewer = await getViewer();
  const copy = await runFormAction(viewer, () =>
    duplicateLesson(viewer, formData.get("lessonId"), { title: formData.get("title") ?? undefined }),
  );
  revalidatePath("/teacher/lessons");
  redirect(`/teacher/lessons/${copy.id}`);
}

/** The owner's title, objectives and description for a lesson; the form shows what was refused, field by field. */
export async function updateLessonDetailsAction(
  _prev: ActionState<{ id: string; title: string }>,
  formData: FormData,
) {
  const state = await runAction(async () => updateLessonDetails(await getViewer(), formDataObject(formData)));
  if (state?.ok) {
    revalidatePath("/teacher/lessons");
    revalidatePath(`/teacher/lessons/${state.data.id}`, "layout");
  }
  return state;
}
