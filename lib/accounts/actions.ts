"use server";

import { getViewer } from "../auth/get-viewer";
import { anonymousJoinClient } from "../classes/join-client";
import { formDataObject, runAction, type ActionState } from "../forms/action-state";
import { changePassword } from "./change-password";
import { chooseOwnPassword } from "./first-password";
import { joinAsNewStudent, signUpTeacher } from "./mutations";

/** On success the form signs the new account in with the same credentials. */
export async function signUpTeacherAction(_prev: ActionState<{ login: string }>, formData: FormData) {
  return runAction(async () => ({ login: (await signUpTeacher(formDataObject(formData))).email }));
}

export async function joinAsNewStudentAction(_prev: ActionState<{ login: string }>, formData: FormData) {
  return runAction(async () => ({
    login: (await joinAsNewStudent(formDataObject(formData), await anonymousJoinClient())).username,
  }));
}

export async function changePasswordAction(_prev: ActionState<void>, formData: FormData) {
  return runAction(async () => changePassword(await getViewer(), formDataObject(formData)));
}

export async function chooseOwnPasswordAction(_prev: ActionState<void>, formData: FormData) {
  return runAction(async () => chooseOwnPassword(await getViewer(), formDataObject(formData)));
}
