"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "../auth/get-viewer";
import { runAction, type ActionState } from "../forms/action-state";
import { createAssignments } from "./mutations";

export async function createAssignmentAction(_prev: ActionState<{ count: number }>, formData: FormData) {
  const input = {
    lessonId: formData.get("lessonId"),
    classIds: formData.getAll("classIds"),
    dueAt: formData.get("dueAt"),
    attemptsAllowed: formData.get("attemptsAllowed") || null,
    releasePolicy: formData.get("releasePolicy") ?? undefined,
  };
  const state = await runAction(async () => ({
    count: (await createAssignments(await getViewer(), input)).length,
  }));
  if (state?.ok) for (const id of input.classIds) revalidatePath(`/teacher/classes/${String(id)}`);
  return state;
}
