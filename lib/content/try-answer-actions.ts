"use server";

import { getViewer } from "../auth/get-viewer";
import { formArgument, runAction, type ActionState } from "../forms/action-state";
import { tryAnswer } from "./try-answer";
import type { TryAnswerResult } from "./try-answer-result";

const text = (value: FormDataEntryValue | null) => (typeof value === "string" ? value : undefined);

/** The "Try an answer" form's action: a read, so nothing is revalidated; tryAnswer authorizes and parses. */
export async function tryAnswerAction(
  _prev: ActionState<TryAnswerResult>,
  sent: FormData,
): Promise<ActionState<TryAnswerResult>> {
  const formData = formArgument(sent);
  return runAction(async () =>
    tryAnswer(await getViewer(), text(formData.get("lessonId")), text(formData.get("questionId")), {
      answer: text(formData.get("answer")),
      choices: formData.getAll("choice").filter((v) => typeof v === "string"),
    }),
  );
}
