"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "../auth/get-viewer";
import { formArgument, formDataObject, runAction, type ActionState } from "../forms/action-state";
import { saveReadingPreferences, setClassReadingDefault } from "./preferences-mutations";

/**
 * The reading display's controls save each change as it is made. No page is revalidated: the browser already shows
 * the change, and the next render of any page reads the stored settings.
 */
export async function saveReadingPreferencesAction(patch: unknown) {
  return runAction(async () => saveReadingPreferences(await getViewer(), patch));
}

export async function setReadingDefaultAction(
  _prev: ActionState<{ studentId: string; readAloud: boolean; dyslexicFont: boolean }>,
  sent: FormData,
) {
  const formData = formArgument(sent);
  const classId = String(formData.get("classId") ?? "");
  const state = await runAction(async () =>
    setClassReadingDefault(await getViewer(), classId, formDataObject(formData)),
  );
  if (state?.ok) revalidatePath(`/teacher/classes/${classId}/students`);
  return state;
}
