"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "../auth/get-viewer";
import { formArgument, runAction, type ActionState } from "../forms/action-state";
import { startAttempt } from "./mutations";

export async function startAttemptAction(_prev: ActionState<{ id: string }>, sent: FormData) {
  const formData = formArgument(sent);
  const assignmentId = String(formData.get("assignmentId") ?? "");
  const state = await runAction(async () => startAttempt(await getViewer(), assignmentId));
  // The assignment page re-renders with the open attempt's questions in this same response.
  if (state?.ok) revalidatePath(`/student/assignments/${assignmentId}`);
  return state;
}
