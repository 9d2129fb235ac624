"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getViewer } from "../auth/get-viewer";
import { notFoundOnAppError } from "../http/page-errors";
import { duplicateLesson } from "./duplicate-lesson";

/** A plain form action, so duplicating works before the page's JavaScript has loaded. */
export async function duplicateLessonAction(formData: FormData) {
  const copy = await notFoundOnAppError(duplicateLesson(await getViewer(), formData.get("lessonId")));
  revalidatePath("/teacher/lessons");
  redirect(`/teacher/lessons/${copy.id}`);
}
