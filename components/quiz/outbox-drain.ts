import { ApiError, type SaveRequest } from "./api";
import type { OutboxQueue, Queued } from "./outbox-storage";

/**
 * What a failed send means for the queue:
 * - "refused": the server judged this answer and will never take it (a 4xx: text it cannot store, an attempt
 *   already submitted). It leaves the queue and its question says why; retrying would only repeat the refusal.
 * - "held": an unexpected server error (500) may be about this answer alone, so it waits for a later pass
 *   while the other answers go on.
 * - "stop": nothing can go now (offline, the database unreachable, a rate limit, a session to renew), so the
 *   pass ends and the queue is retried with backoff. Sending the others would only fail the same way.
 */
export type SendFailure =
  { kind: "refused"; reason: string } | { kind: "held" } | { kind: "stop"; signedOut: boolean };

const WHOLE_SERVICE = new Set([0, 429, 502, 503, 504]);

export function classifyFailure(error: unknown): SendFailure {
  if (!(error instanceof ApiError)) return { kind: "stop", signedOut: false };
  if (error.needsSignIn) return { kind: "stop", signedOut: true };
  if (WHOLE_SERVICE.has(error.status)) return { kind: "stop", signedOut: false };
  if (error.status >= 500) return { kind: "held" };
  return { kind: "refused", reason: error.message };
}

export type DrainSteps<T extends Queued = SaveRequest> = {
  /** The oldest queued save whose item is not in `held`, reading the shared outbox afresh. */
  next: (held: ReadonlySet<string>) => T | undefined;
  /** The item a save is for (its question), held back together after a server error. */
  keyOf: (save: T) => string;
  send: (save: T) => Promise<unknown>;
  /** The server took it: it leaves the queue. */
  taken: (save: T) => void;
  /** The server will never take it: it leaves the queue too, and its item says why. */
  refused: (save: T, reason: string) => void;
};

/**
 * Done: the queue is empty. Retry: something is still queued (held answers, or everything after a stop), to be
 * tried again after a backoff.
 */
export type DrainOutcome = { done: true } | { done: false; stopped: "offline" | "signed_out" | null };

/** One pass over the queue, oldest answer first, never waiting on an answer the server refused. */
export async function drainOnce<T extends Queued>(steps: DrainSteps<T>): Promise<DrainOutcome> {
  const held = new Set<string>();
  let save: T | undefined;
  while ((save = steps.next(held))) {
    try {
      await steps.send(save);
      steps.taken(save);
    } catch (error) {
      const failure = classifyFailure(error);
      if (failure.kind === "stop")
        return { done: false, stopped: failure.signedOut ? "signed_out" : "offline" };
      if (failure.kind === "held") {
        held.add(steps.keyOf(save));
        continue;
      }
      steps.refused(save, failure.reason);
    }
  }
  return held.size === 0 ? { done: true } : { done: false, stopped: null };
}

/**
 * One pass over an attempt's queue. `settle` gets each question whose newest answer was taken (null) or refused
 * (its reason); an answer a newer change replaced while in flight settles nothing, as the newer one will.
 */
export function drainQueue<T extends Queued = SaveRequest>(
  queue: OutboxQueue<T>,
  send: (save: T) => Promise<unknown>,
  settle: (key: string, reason: string | null) => void,
): Promise<DrainOutcome> {
  const keyOf = queue.kind.keyOf;
  return drainOnce({
    next: (held) => queue.next(held),
    keyOf,
    send,
    taken: (save) => {
      if (queue.unqueue(save)) settle(keyOf(save), null);
    },
    refused: (save, reason) => {
      if (queue.unqueue(save)) settle(keyOf(save), reason);
    },
  });
}
