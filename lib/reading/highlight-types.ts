import type { HighlightColor } from "./passage-marks";

/**
 * One save of a highlight, as the browser queues and sends it (PUT /api/reading/highlights). The id is made on the
 * device, so a save sent twice (a retry, a keepalive) is the same highlight; a delete is a save with `deleted`, so
 * an older save arriving late cannot bring it back.
 */
export type HighlightSave = {
  id: string;
  lessonId: string;
  assignmentId: string | null;
  start: number;
  end: number;
  color: HighlightColor;
  note: string;
  version: number;
  deleted: boolean;
};

/** A highlight as the student's page shows it, anchored to today's passage (lib/reading/highlight-anchor.ts). */
export type ShownHighlight = {
  id: string;
  start: number;
  end: number;
  quote: string;
  color: HighlightColor;
  note: string;
  version: number;
};

export const HIGHLIGHT_NOTE_MAX = 2000;

/** Tenths of a second since 2026 began: later changes have higher versions on every device, like answers'. */
const VERSION_EPOCH = Date.UTC(2026, 0, 1);

export function nextHighlightVersion(previous: number, now = Date.now()): number {
  return Math.max(previous + 1, Math.floor((now - VERSION_EPOCH) / 100));
}
