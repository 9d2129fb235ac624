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

/**
 * One tab's queue for an attempt: its own unsent answers in memory, merged on every read with what other tabs
 * left in localStorage.
 */
export class OutboxQueue {
  #memory: Outbox = {};

  constructor(readonly attemptId: string) {}

  add(save: SaveRequest) {
    this.#memory[save.questionId] = save;
    storeUnsent(this.attemptId, save);
  }

  /** Everything queued, this tab's and other tabs' (the newest per question). */
  pending(): Outbox {
    this.#memory = mergeNewer(this.#memory, loadOutbox(this.attemptId));
    return this.#memory;
  }

  /** The oldest queued answer whose question is not in `skip` (versions follow the attempt's clock). */
  next(skip: ReadonlySet<string>): SaveRequest | undefined {
    let oldest: SaveRequest | undefined;
    for (const save of Object.values(this.pending())) {
      if (!skip.has(save.questionId) && (!oldest || save.version < oldest.version)) oldest = save;
    }
    return oldest;
  }

  /**
   * Takes an answer out, unless a newer one for its question replaced it (a change made while it was in flight):
   * says whether it was still the newest.
   */
  unqueue(save: SaveRequest): boolean {
    const newest = this.#memory[save.questionId]?.version === save.version;
    if (newest) delete this.#memory[save.questionId];
    forgetSent(this.attemptId, save);
    return newest;
  }

  get size(): number {
    return Object.keys(this.#memory).length;
  }
}
