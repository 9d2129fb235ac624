"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getViewer } from "../auth/get-viewer";
import { formArgument, formDataObject, runAction, type ActionState } from "../forms/action-state";
import { closeAssignment, setAccommodation, updateAssignment } from "./edit-mutations";
import { createAssignments } from "./mutations";
import { regradeAssignment } from "./regrade";
import { settingsFromForm } from "./schema";

export async function createAssignmentAction(_prev: ActionState<unknown>, sent: FormData) {
  const formData = formArgument(sent);
  const input = {
    lessonId: formData.get("lessonId"),
    classIds: formData.getAll("classIds"),
    ...settingsFromForm(formData),
  };
  const state = await runAction(async () => createAssignments(await getViewer(), input));
  if (!state?.ok) return state;
  for (const { classId } of state.data) revalidatePath(`/teacher/classes/${classId}`);
  // Back to the class the form was opened from (its id comes first), whose gradebook now has the new column.
  redirect(`/teacher/classes/${state.data[0]!.classId}?assigned=${state.data.length}`);
}

export async function updateAssignmentAction(_prev: ActionState<{ id: string }>, sent: FormData) {
  const formData = formArgument(sent);
  const id = String(formData.get("assignmentId") ?? "");
  const state = await runAction(async () =>
    updateAssignment(await getViewer(), id, settingsFromForm(formData)),
  );
  if (state?.ok) revalidatePath(`/teacher/assignments/${id}/settings`);
  return state;
}

export async function closeAssignmentAction(_prev: ActionState<{ id: string }>, sent: FormData) {
  const formData = formArgument(sent);
  const id = String(formData.get("assignmentId") ?? "");
  const reopen = formData.get("reopen") === "on";
  const state = await runAction(async () => closeAssignment(await getViewer(), id, !reopen));
  if (state?.ok) revalidatePath(`/teacher/assignments/${id}/settings`);
  return state;
}

export async function setAccommodationAction(_prev: ActionState<{ studentId: string }>, sent: FormData) {
  const formData = formArgument(sent);
  const id = String(formData.get("assignmentId") ?? "");
  const state = await runAction(async () =>
    setAccommodation(await getViewer(), id, formDataObject(formData)),
  );
  if (state?.ok) revalidatePath(`/teacher/assignments/${id}/settings`);
  return state;
}

export async function regradeAssignmentAction(
  _prev: ActionState<{ questionsUpdated: number; responsesRegraded: number; gradeChanges: number }>,
  sent: FormData,
) {
  const formData = formArgument(sent);
  const id = String(formData.get("assignmentId") ?? "");
  const state = await runAction(async () => regradeAssignment(await getViewer(), id));
  if (state?.ok) revalidatePath(`/teacher/assignments/${id}`, "layout");
  return state;
}
