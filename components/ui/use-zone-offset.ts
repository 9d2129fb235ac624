"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * Minutes east of UTC of the reader's clock at `date` (so a date across a daylight-saving change gets its own),
 * or 0 (UTC) while hydrating: the server cannot know the reader's zone, and React keeps the server's text rather
 * than patching a mismatch, so the page renders UTC first and the reader's zone right after.
 */
export function useZoneOffset(date: Date): number {
  const time = date.getTime();
  return useSyncExternalStore(
    subscribe,
    () => -new Date(time).getTimezoneOffset(),
    () => 0,
  );
}
