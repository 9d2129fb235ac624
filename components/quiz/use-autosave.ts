"use client";

import { useMutation } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError, putAnswer, type SaveRequest } from "./api";
import { loadOutbox, storeOutbox } from "./outbox-storage";

export type SaveState = "idle" | "saving" | "saved" | "offline" | "failed";

const MAX_BACKOFF_MS = 15_000;

/**
 * Sends each answer as it changes. Unsent answers wait in an outbox (the newest per question, kept in
 * localStorage) and go out when the network or the server is back; the student can keep answering.
 */
export function useAutosave(attemptId: string) {
  const [state, setState] = useState<SaveState>("idle");
  const [error, setError] = useState<string | null>(null);
  const outbox = useRef<Record<string, SaveRequest>>({});
  const sending = useRef(false);
  const backoff = useRef(1000);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const idleWaiters = useRef<(() => void)[]>([]);

  const mutation = useMutation({
    mutationKey: ["save-answer", attemptId],
    mutationFn: (save: SaveRequest) => putAnswer(attemptId, save),
    // The outbox retries; react-query would otherwise pause the request while the browser reports offline.
    networkMode: "always",
    retry: false,
  });
  const send = mutation.mutateAsync;

  const persist = useCallback(() => storeOutbox(attemptId, outbox.current), [attemptId]);

  const drain = useCallback(async () => {
    if (sending.current) return;
    sending.current = true;
    clearTimeout(retryTimer.current);
    try {
      let next: SaveRequest | undefined;
      while ((next = Object.values(outbox.current)[0])) {
        setState("saving");
        try {
          await send(next);
          backoff.current = 1000;
        } catch (e) {
          if (e instanceof ApiError && e.transient) {
            setState("offline");
            retryTimer.current = setTimeout(() => void drain(), backoff.current);
            backoff.current = Math.min(backoff.current * 2, MAX_BACKOFF_MS);
            return;
          }
          // Refused for good (attempt submitted, time up, closed): keeping it would retry forever.
          setError(e instanceof Error ? e.message : "This answer was not saved.");
          setState("failed");
        }
        // A newer change to the same question may have arrived while this one was in flight.
        if (outbox.current[next.questionId]?.version === next.version) {
          delete outbox.current[next.questionId];
          persist();
        }
      }
      setState((s) => (s === "failed" ? s : "saved"));
      for (const resolve of idleWaiters.current.splice(0)) resolve();
    } finally {
      sending.current = false;
    }
  }, [send, persist]);

  useEffect(() => {
    outbox.current = { ...loadOutbox(attemptId), ...outbox.current };
    if (Object.keys(outbox.current).length > 0) void drain();
    const online = () => {
      backoff.current = 1000;
      void drain();
    };
    window.addEventListener("online", online);
    return () => {
      window.removeEventListener("online", online);
      clearTimeout(retryTimer.current);
    };
  }, [attemptId, drain]);

  const save = useCallback(
    (request: SaveRequest) => {
      outbox.current[request.questionId] = request;
      persist();
      setError(null);
      void drain();
    },
    [drain, persist],
  );

  /** Resolves once nothing waits to be sent, or after `timeoutMs` (then some answers are still unsent). */
  const flush = useCallback(
    async (timeoutMs: number): Promise<boolean> => {
      if (Object.keys(outbox.current).length === 0) return true;
      backoff.current = 1000;
      void drain();
      await Promise.race([
        new Promise<void>((resolve) => idleWaiters.current.push(resolve)),
        new Promise<void>((resolve) => setTimeout(resolve, timeoutMs)),
      ]);
      return Object.keys(outbox.current).length === 0;
    },
    [drain],
  );

  /** Saved-on-this-device answers the server may not have yet, to show after a reload. */
  const pending = useCallback(() => ({ ...loadOutbox(attemptId), ...outbox.current }), [attemptId]);

  return { save, flush, pending, state, error };
}
