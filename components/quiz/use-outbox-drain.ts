"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { drainQueue } from "./outbox-drain";
import type { OutboxQueue, Queued } from "./outbox-storage";

export type SaveState = "idle" | "saving" | "saved" | "offline" | "signed_out" | "retrying";

const MAX_BACKOFF_MS = 15_000;

/**
 * Sends a queue's saves (an attempt's answers, a lesson's highlights) oldest first, and what is left when the
 * network or the server is back: retries with backoff, at once when the browser says it is online again.
 * `settle` hears of each item whose newest save was taken (null) or refused (its reason), as in outbox-drain.ts.
 */
export function useOutboxDrain<T extends Queued>(
  queue: OutboxQueue<T>,
  send: (save: T) => Promise<unknown>,
  settle: (key: string, reason: string | null) => void,
) {
  const [state, setState] = useState<SaveState>("idle");
  const sending = useRef(false);
  const backoff = useRef(1000);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const idleWaiters = useRef<(() => void)[]>([]);

  const drain = useCallback(async () => {
    if (sending.current) return;
    sending.current = true;
    clearTimeout(retryTimer.current);
    try {
      const outcome = await drainQueue(
        queue,
        (save) => {
          setState("saving");
          return send(save);
        },
        settle,
      );
      if (!outcome.done) {
        setState(outcome.stopped ?? "retrying");
        retryTimer.current = setTimeout(() => void drain(), backoff.current);
        backoff.current = Math.min(backoff.current * 2, MAX_BACKOFF_MS);
        return;
      }
      backoff.current = 1000;
      setState("saved");
      for (const resolve of idleWaiters.current.splice(0)) resolve();
    } finally {
      sending.current = false;
    }
  }, [queue, send, settle]);

  useEffect(() => {
    if (Object.keys(queue.pending()).length > 0) void drain();
    const online = () => {
      backoff.current = 1000;
      void drain();
    };
    window.addEventListener("online", online);
    return () => {
      window.removeEventListener("online", online);
      clearTimeout(retryTimer.current);
    };
  }, [queue, drain]);

  /** Resolves once nothing waits to be sent, or after `timeoutMs` (then some saves are still unsent). */
  const flush = useCallback(
    async (timeoutMs: number): Promise<boolean> => {
      if (queue.size === 0) return true;
      backoff.current = 1000;
      void drain();
      await Promise.race([
        new Promise<void>((resolve) => idleWaiters.current.push(resolve)),
        new Promise<void>((resolve) => setTimeout(resolve, timeoutMs)),
      ]);
      return queue.size === 0;
    },
    [queue, drain],
  );

  return { state, drain, flush };
}
