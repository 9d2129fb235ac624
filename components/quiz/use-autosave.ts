"use client";

import { useMutation } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError, putAnswer, type SaveRequest } from "./api";
import { forgetSent, loadOutbox, mergeNewer, storeUnsent, type Outbox } from "./outbox-storage";

export type SaveState = "idle" | "saving" | "saved" | "offline" | "signed_out" | "failed";

const MAX_BACKOFF_MS = 15_000;

/**
 * Sends each answer as it changes. Unsent answers wait in an outbox (the newest per question, kept in
 * localStorage) and go out when the network or the server is back; the student can keep answering.
 */
export function useAutosave(attemptId: string) {
  const [state, setState] = useState<SaveState>("idle");
  const [error, setError] = useState<string | null>(null);
  const outbox = useRef<Outbox>({});
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

  const drain = useCallback(async () => {
    if (sending.current) return;
    sending.current = true;
    clearTimeout(retryTimer.current);
    try {
      // Answers another tab of this attempt queued and could not send (it may have been closed) go out too.
      const nextUnsent = () => {
        outbox.current = mergeNewer(outbox.current, loadOutbox(attemptId));
        return Object.values(outbox.current)[0];
      };
      let next: SaveRequest | undefined;
      while ((next = nextUnsent())) {
        setState("saving");
        try {
          await send(next);
          backoff.current = 1000;
        } catch (e) {
          if (e instanceof ApiError && e.transient) {
            setState(e.needsSignIn ? "signed_out" : "offline");
            retryTimer.current = setTimeout(() => void drain(), backoff.current);
            backoff.current = Math.min(backoff.current * 2, MAX_BACKOFF_MS);
            return;
          }
          // Refused for good (attempt submitted, time up, closed): keeping it would retry forever.
          setError(e instanceof Error ? e.message : "This answer was not saved.");
          setState("failed");
        }
        // A newer change to the same question may have arrived while this one was in flight.
        if (outbox.current[next.questionId]?.version === next.version) delete outbox.current[next.questionId];
        forgetSent(attemptId, next);
      }
      setState((s) => (s === "failed" ? s : "saved"));
      for (const resolve of idleWaiters.current.splice(0)) resolve();
    } finally {
      sending.current = false;
    }
  }, [attemptId, send]);

  useEffect(() => {
    outbox.current = mergeNewer(outbox.current, loadOutbox(attemptId));
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
      storeUnsent(attemptId, request);
      setError(null);
      void drain();
    },
    [attemptId, drain],
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
  const pending = useCallback(() => mergeNewer(outbox.current, loadOutbox(attemptId)), [attemptId]);

  return { save, flush, pending, state, error };
}
