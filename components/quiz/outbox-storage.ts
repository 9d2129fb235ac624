import type { SaveRequest } from "./api";

/**
 * Unsent answers survive a reload or a closed laptop in localStorage, one entry per attempt. Every tab of the
 * attempt shares that entry, so each write reads it first: a tab adds or removes only its own questions' versions
 * and never overwrites another tab's newer unsent answer.
 */
const key = (attemptId: string) => `lectern:outbox:${attemptId}`;

export type Outbox = Record<string, SaveRequest>;

export function loadOutbox(attemptId: string): Outbox {
  try {
    const raw = window.localStorage.getItem(key(attemptId));
    return raw ? (JSON.parse(raw) as Outbox) : {};
  } catch {
    return {};
  }
}

function writeOutbox(attemptId: string, outbox: Outbox) {
  try {
    if (Object.keys(outbox).length === 0) window.localStorage.removeItem(key(attemptId));
    else window.localStorage.setItem(key(attemptId), JSON.stringify(outbox));
  } catch {
    // Storage full or blocked (private mode): answers still go out from memory.
  }
}

/** Keeps an unsent answer on the device, unless it already holds a newer one for that question. */
export function storeUnsent(attemptId: string, save: SaveRequest) {
  const stored = loadOutbox(attemptId);
  const held = stored[save.questionId];
  if (held && held.version > save.version) return;
  writeOutbox(attemptId, { ...stored, [save.questionId]: save });
}

/** Forgets an answer the server has answered for; a newer one for the same question stays queued. */
export function forgetSent(attemptId: string, sent: Pick<SaveRequest, "questionId" | "version">) {
  const stored = loadOutbox(attemptId);
  const held = stored[sent.questionId];
  if (!held || held.version > sent.version) return;
  delete stored[sent.questionId];
  writeOutbox(attemptId, stored);
}

/** `into` with every answer of `from` that is newer than its own for the same question. */
export function mergeNewer(into: Outbox, from: Outbox): Outbox {
  const merged = { ...into };
  for (const save of Object.values(from)) {
    const held = merged[save.questionId];
    if (!held || held.version < save.version) merged[save.questionId] = save;
  }
  return merged;
}
