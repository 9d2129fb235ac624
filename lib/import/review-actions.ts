"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "../auth/get-viewer";
import type { Viewer } from "../auth/viewer-types";
import { runAction } from "../forms/action-state";
import { acceptDraftQuestion, rejectDraftQuestion } from "./mutations";
import {
  acceptRemainingDrafts,
  regenerateLessonDrafts,
  restoreDraftQuestion,
  undoAcceptRemaining,
} from "./review-mutations";

/**
 * The review page's buttons, called from its client component with plain values (each mutation parses them with
 * zod again). Refusals come back as state, which the page announces, never as an error page; a success
 * refreshes the review and the library, whose "drafts to review" counts change with it.
 */
async function reviewAction<T extends { articleId: string }>(
  mutation: (viewer: Viewer | null, input: unknown) => Promise<T>,
  input: unknown,
) {
  const state = await runAction(async () => mutation(await getViewer(), input));
  if (state?.ok) {
    revalidatePath(`/teacher/import/${state.data.articleId}`);
    revalidatePath("/teacher/lessons");
  }
  return state;
}

export async function acceptDraftAction(input: { id: string; accepted: "true" | "false" }) {
  return reviewAction(acceptDraftQuestion, input);
}

export async function rejectDraftAction(input: { id: string }) {
  return reviewAction(rejectDraftQuestion, input);
}

export async function restoreDraftAction(input: { id: string }) {
  return reviewAction(restoreDraftQuestion, input);
}

export async function acceptRemainingAction(input: { lessonId: string }) {
  return reviewAction(acceptRemainingDrafts, input);
}

export async function undoAcceptRemainingAction(input: { lessonId: string; batch: string }) {
  return reviewAction(undoAcceptRemaining, input);
}

export async function regenerateDraftsAction(input: { lessonId: string }) {
  return reviewAction(regenerateLessonDrafts, input);
}
