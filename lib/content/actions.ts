"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getViewer } from "../auth/get-viewer";
import { formArgument } from "../forms/action-state";
import { runFormAction } from "../forms/form-action";
import { duplicateLesson } from "./duplicate-lesson";

/** A plain form action, so duplicating works before the page's JavaScript has loaded. */
export async function duplicateLessonAction(sent: FormData) {
  const formData = formArgument(sent);
  const viewer = await getViewer();
  const copy = await runFormAction(viewer, () => duplicateLesson(viewer, formData.get("lessonId")));
  revalidatePath("/teacher/lessons");
  redirect(`/teacher/lessons/${copy.id}`);
}
