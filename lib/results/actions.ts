"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "../auth/get-viewer";
import { formDataObject, runAction, type ActionState } from "../forms/action-state";
import { gradeResponse } from "./grade-response";

export async function gradeResponseAction(
  _prev: ActionState<{ points: number; percent: number; provisional: boolean }>,
  formData: FormData,
) {
  const state = await runAction(async () => {
    const result = await gradeResponse(await getViewer(), formDataObject(formData));
    return { points: result.points, percent: result.score.percent, provisional: result.score.provisional };
  });
  const assignmentId = String(formData.get("assignmentId") ?? "");
  if (state?.ok) revalidatePath(`/teacher/assignments/${assignmentId}`, "layout");
  return state;
}
