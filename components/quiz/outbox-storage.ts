import type { SaveRequest } from "./api";

/** Unsent answers survive a reload or a closed laptop in localStorage, one entry per attempt. */
const key = (attemptId: string) => `lectern:outbox:${attemptId}`;

export function loadOutbox(attemptId: string): Record<string, SaveRequest> {
  try {
    const raw = window.localStorage.getItem(key(attemptId));
    return raw ? (JSON.parse(raw) as Record<string, SaveRequest>) : {};
  } catch {
    return {};
  }
}

export function storeOutbox(attemptId: string, outbox: Record<string, SaveRequest>) {
  try {
    if (Object.keys(outbox).length === 0) window.localStorage.removeItem(key(attemptId));
    else window.localStorage.setItem(key(attemptId), JSON.stringify(outbox));
  } catch {
    // Storage full or blocked (private mode): answers still go out from memory.
  }
}
