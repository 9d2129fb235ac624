"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "../auth/get-viewer";
import { formDataObject, runAction, type ActionState } from "../forms/action-state";
import { manageTeacher, type ManageTeacherResult } from "./mutations";

export async function manageTeacherAction(_prev: ActionState<ManageTeacherResult>, formData: FormData) {
  return runAction(async () => {
    const result = await manageTeacher(await getViewer(), formDataObject(formData));
    revalidatePath("/teacher/admin");
    return result;
  });
}
