"use client";

import { useMutation } from "@tanstack/react-query";
import { useCallback, useRef, useState } from "react";
import { ApiError, putAnswer, type SaveRequest } from "./api";

export type SaveState = "idle" | "saving" | "saved" | "retrying" | "failed";

/** Saves each change as it happens; transient failures retry with backoff while the student keeps answering. */
export function useAutosave(attemptId: string) {
  const [state, setState] = useState<SaveState>("idle");
  const [error, setError] = useState<string | null>(null);
  const inFlight = useRef(new Set<Promise<unknown>>());

  const mutation = useMutation({
    mutationKey: ["save-answer", attemptId],
    mutationFn: (save: SaveRequest) => putAnswer(attemptId, save),
    retry: (count, e) => e instanceof ApiError && e.transient && count < 8,
    retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 10_000),
    onMutate: () => setState("saving"),
  });

  const save = useCallback(
    (request: SaveRequest) => {
      const p = mutation.mutateAsync(request).then(
        () => {
          inFlight.current.delete(p);
          if (inFlight.current.size === 0) setState("saved");
        },
        (e: unknown) => {
          inFlight.current.delete(p);
          setState("failed");
          setError(e instanceof Error ? e.message : "Your answer was not saved.");
        },
      );
      inFlight.current.add(p);
      setError(null);
    },
    [mutation],
  );

  const flush = useCallback(async () => {
    await Promise.allSettled([...inFlight.current]);
  }, []);

  const retrying = mutation.failureCount > 0 && mutation.isPending;
  return { save, flush, state: retrying ? "retrying" : state, error };
}
