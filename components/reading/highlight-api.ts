import { callApi } from "@/components/quiz/api";
import { OUTBOX_PREFIX, type OutboxKind } from "@/components/quiz/outbox-storage";
import type { HighlightSave } from "@/lib/reading/highlight-types";

/** Highlights wait in the answers' outbox, one localStorage entry per lesson, the newest save per highlight. */
export const highlightOutbox: OutboxKind<HighlightSave> = {
  prefix: `${OUTBOX_PREFIX}highlights:`,
  keyOf: (save) => save.id,
};

export const putHighlight = (save: HighlightSave, keepalive = false) =>
  callApi<{ saved: boolean; version: number }>("/api/reading/highlights", {
    method: "PUT",
    body: JSON.stringify(save),
    keepalive,
  });
