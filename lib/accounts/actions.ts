"use server";

import { formDataObject, runAction, type ActionState } from "../forms/action-state";
import { joinAsNewStudent, signUpTeacher } from "./mutations";

/** On success the form signs the new account in with the same credentials. */
export async function signUpTeacherAction(_prev: ActionState<{ login: string }>, formData: FormData) {
  return runAction(async () => ({ login: (await signUpTeacher(formDataObject(formData))).email }));
}

export async function joinAsNewStudentAction(_prev: ActionState<{ login: string }>, formData: FormData) {
  return runAction(async () => ({ login: (await joinAsNewStudent(formDataObject(formData))).username }));
}
