"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "../auth/get-viewer";
import { formArgument, formDataObject, runAction, type ActionState } from "../forms/action-state";
import { decideAnswerForEveryone } from "./answer-decision";
import type { AnswerDecisionResult } from "./answer-decision-context";
import { gradeResponse } from "./grade-response";

export async function gradeResponseAction(
  _prev: ActionState<{ points: number; percent: number; provisional: boolean }>,
  sent: FormData,
) {
  const formData = formArgument(sent);
  const state = await runAction(async () => {
    const result = await gradeResponse(await getViewer(), formDataObject(formData));
    return { points: result.points, percent: result.score.percent, provisional: result.score.provisional };
  });
  const assignmentId = String(formData.get("assignmentId") ?? "");
  if (state?.ok) revalidatePath(`/teacher/assignments/${assignmentId}`, "layout");
  return state;
}

export async function decideAnswerAction(_prev: ActionState<AnswerDecisionResult>, sent: FormData) {
  const formData = formArgument(sent);
  const state = await runAction(async () =>
    decideAnswerForEveryone(await getViewer(), formDataObject(formData)),
  );
  if (state?.ok) {
    revalidatePath(`/teacher/assignments/${String(formData.get("assignmentId") ?? "")}`, "layout");
    // A new question version shows in the lesson's editor and library.
    if (state.data.recordedOn === "question")
      revalidatePath(`/teacher/lessons/${state.data.lessonId}`, "layout");
  }
  return state;
}
