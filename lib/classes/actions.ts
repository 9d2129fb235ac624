"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getViewer } from "../auth/get-viewer";
import type { Viewer } from "../auth/viewer-types";
import { formArgument, formDataObject, runAction, type ActionState } from "../forms/action-state";
import { bulkAddStudents, type BulkAddResult } from "./bulk-add";
import { addCoTeacher, removeCoTeacher } from "./co-teachers";
import { createResetCode, type ResetCodeCard } from "./reset-code";
import { moveStudent, removeStudent } from "./roster";
import { changeJoinCode, deleteClass, renameClass, setClassArchived } from "./settings";
import { requestAddress } from "./join-client";
import { createClass, joinClass } from "./mutations";

export async function createClassAction(
  _prev: ActionState<{ id: string; name: string }>,
  formData: FormData,
) {
  const state = await runAction(async () => createClass(await getViewer(), formDataObject(formData)));
  if (state?.ok) revalidatePath("/teacher/classes");
  return state;
}

export async function joinClassAction(_prev: ActionState<{ name: string }>, formData: FormData) {
  const state = await runAction(async () =>
    joinClass(await getViewer(), formDataObject(formData), await requestAddress()),
  );
  if (state?.ok) revalidatePath("/student");
  return state;
}

/** The class id every class form posts, and the pages a roster or settings change refreshes. */
function classOf(formData: FormData): string {
  return String(formArgument(formData).get("classId") ?? "");
}

function refreshClass(classId: string) {
  revalidatePath(`/teacher/classes/${classId}`, "layout");
  revalidatePath("/teacher/classes");
}

async function classAction<T>(
  formData: FormData,
  fn: (viewer: Viewer | null, classId: string) => Promise<T>,
) {
  const classId = classOf(formData);
  const state = await runAction(async () => fn(await getViewer(), classId));
  if (state?.ok) refreshClass(classId);
  return state;
}

export async function renameClassAction(_prev: ActionState<{ name: string }>, formData: FormData) {
  return classAction(formData, (v, id) => renameClass(v, id, formDataObject(formData)));
}

export async function archiveClassAction(_prev: ActionState<{ archived: boolean }>, formData: FormData) {
  const archived = formArgument(formData).get("archived") === "on";
  return classAction(formData, (v, id) => setClassArchived(v, id, archived));
}

export async function joinCodeAction(_prev: ActionState<{ joinCode: string | null }>, formData: FormData) {
  const off = formArgument(formData).get("off") === "on";
  return classAction(formData, (v, id) => changeJoinCode(v, id, off));
}

export async function deleteClassAction(_prev: ActionState<{ name: string }>, formData: FormData) {
  const state = await runAction(async () =>
    deleteClass(await getViewer(), classOf(formData), formDataObject(formData)),
  );
  if (!state?.ok) return state;
  revalidatePath("/teacher/classes");
  redirect(`/teacher/classes?deleted=${encodeURIComponent(state.data.name)}`);
}

export async function removeStudentAction(_prev: ActionState<{ studentId: string }>, formData: FormData) {
  return classAction(formData, (v, id) => removeStudent(v, id, formDataObject(formData)));
}

export async function moveStudentAction(_prev: ActionState<{ toClassName: string }>, formData: FormData) {
  const state = await classAction(formData, (v, id) => moveStudent(v, id, formDataObject(formData)));
  if (state?.ok) refreshClass(state.data.toClassId);
  return state;
}

export async function addCoTeacherAction(_prev: ActionState<{ displayName: string }>, formData: FormData) {
  return classAction(formData, (v, id) => addCoTeacher(v, id, formDataObject(formData)));
}

export async function removeCoTeacherAction(_prev: ActionState<{ teacherId: string }>, formData: FormData) {
  return classAction(formData, (v, id) => removeCoTeacher(v, id, formDataObject(formData)));
}

export async function bulkAddAction(_prev: ActionState<BulkAddResult>, formData: FormData) {
  return classAction(formData, (v, id) => bulkAddStudents(v, id, formDataObject(formData)));
}

export async function resetCodeAction(_prev: ActionState<ResetCodeCard>, formData: FormData) {
  return classAction(formData, (v, id) => createResetCode(v, id, formDataObject(formData)));
}
