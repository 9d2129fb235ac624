"use server";

import { redirect } from "next/navigation";
import { getViewer } from "../auth/get-viewer";
import { runAction, type ActionState } from "../forms/action-state";
import { startAttempt } from "./mutations";

export async function startAttemptAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const assignmentId = String(formData.get("assignmentId") ?? "");
  const state = await runAction(async () => startAttempt(await getViewer(), assignmentId));
  if (state?.ok) redirect(`/student/assignments/${assignmentId}#quiz`);
  return state?.ok ? null : state;
}
