"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "../auth/get-viewer";
import { formDataObject, runAction, type ActionState } from "../forms/action-state";
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
