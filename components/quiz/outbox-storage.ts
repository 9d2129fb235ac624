import type { SaveRequest } from "./api";

/**
 * Unsent saves survive a reload or a closed laptop in localStorage: answers one entry per attempt, highlights one
 * entry per lesson (components/reading/use-highlights.ts). Every tab shares that entry, so each write reads it
 * first: a tab adds or removes only its own items' versions and never overwrites another tab's newer unsent save.
 */
export const OUTBOX_PREFIX = "lectern:outbox:";

/** A kind of save the outbox holds: versioned, the newest per `keyOf` kept (a question's answer, a highlight). */
export type Queued = { version: number };
export type OutboxKind<T extends Queued> = { prefix: string; keyOf: (save: T) => string };

export const answerOutbox: OutboxKind<SaveRequest> = { prefix: OUTBOX_PREFIX, keyOf: (s) => s.questionId };
// The answers' kind is the default, so the quiz's calls name none.
const answers = <T extends Queued>() => answerOutbox as unknown as OutboxKind<T>;

export type Outbox<T extends Queued = SaveRequest> = Record<string, T>;

export function loadOutbox<T extends Queued = SaveRequest>(id: string, kind = answers<T>()): Outbox<T> {
  try {
    const raw = window.localStorage.getItem(kind.prefix + id);
    return raw ? (JSON.parse(raw) as Outbox<T>) : {};
  } catch {
    return {};
  }
}

function writeOutbox<T extends Queued>(id: string, outbox: Outbox<T>, kind: OutboxKind<T>) {
  try {
    if (Object.keys(outbox).length === 0) window.localStorage.removeItem(kind.prefix + id);
    else window.localStorage.setItem(kind.prefix + id, JSON.stringify(outbox));
  } catch {
    // Storage full or blocked (private mode): saves still go out from memory.
  }
}

/** Keeps an unsent answer on the device, unless it already holds a newer one for that question. */
export function storeUnsent<T extends Queued = SaveRequest>(id: string, save: T, kind = answers<T>()) {
  const stored = loadOutbox(id, kind);
  const held = stored[kind.keyOf(save)];
  if (held && held.version > save.version) return;
  writeOutbox(id, { ...stored, [kind.keyOf(save)]: save }, kind);
}

/** Forgets an answer the server has answered for; a newer one for the same question stays queued. */
export function forgetSent<T extends Queued = SaveRequest>(id: string, sent: T, kind = answers<T>()) {
  const stored = loadOutbox(id, kind);
  const held = stored[kind.keyOf(sent)];
  if (!held || held.version > sent.version) return;
  delete stored[kind.keyOf(sent)];
  writeOutbox(id, stored, kind);
}

/** `into` with every answer of `from` that is newer than its own for the same question. */
export function mergeNewer<T extends Queued = SaveRequest>(
  into: Outbox<T>,
  from: Outbox<T>,
  kind = answers<T>(),
): Outbox<T> {
  const merged = { ...into };
  for (const save of Object.values(from)) {
    const held = merged[kind.keyOf(save)];
    if (!held || held.version < save.version) merged[kind.keyOf(save)] = save;
  }
  return merged;
}

/**
 * One tab's queue (of an attempt's answers, or of a lesson's highlights): its own unsent saves in memory, merged on
 * every read with what other tabs left in localStorage.
 */
export class OutboxQueue<T extends Queued = SaveRequest> {
  #memory: Outbox<T> = {};

  constructor(
    readonly attemptId: string,
    readonly kind = answers<T>(),
  ) {}

  add(save: T) {
    this.#memory[this.kind.keyOf(save)] = save;
    storeUnsent(this.attemptId, save, this.kind);
  }

  /** Everything queued, this tab's and other tabs' (the newest per item). */
  pending(): Outbox<T> {
    this.#memory = mergeNewer(this.#memory, loadOutbox(this.attemptId, this.kind), this.kind);
    return this.#memory;
  }

  /** The oldest queued save whose item is not in `skip` (versions follow the clock). */
  next(skip: ReadonlySet<string>): T | undefined {
    let oldest: T | undefined;
    for (const save of Object.values(this.pending())) {
      if (!skip.has(this.kind.keyOf(save)) && (!oldest || save.version < oldest.version)) oldest = save;
    }
    return oldest;
  }

  /**
   * Takes a save out, unless a newer one for its item replaced it (a change made while it was in flight):
   * says whether it was still the newest.
   */
  unqueue(save: T): boolean {
    const key = this.kind.keyOf(save);
    const newest = this.#memory[key]?.version === save.version;
    if (newest) delete this.#memory[key];
    forgetSent(this.attemptId, save, this.kind);
    return newest;
  }

  get size(): number {
    return Object.keys(this.#memory).length;
  }
}

/** Every outbox entry on this device (answers and highlights), by its storage key. */
export function deviceOutboxes(): string[] {
  try {
    return Object.keys(window.localStorage).filter((k) => k.startsWith(OUTBOX_PREFIX));
  } catch {
    return [];
  }
}
