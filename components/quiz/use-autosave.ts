"use client";

import { useCallback, useRef, useState } from "react";
import { putAnswer, type SaveRequest } from "./api";
import { OutboxQueue, storeUnsent } from "./outbox-storage";
import { useOutboxDrain } from "./use-outbox-drain";

export type { SaveState } from "./use-outbox-drain";

/** Questions whose latest answer the server refused, with its reason, until the student changes that answer. */
export type Refusals = Record<string, string>;

/**
 * Sends each answer as it changes. Unsent answers wait in an outbox (the newest per question, kept in
 * localStorage) and go out when the network or the server is back; the student can keep answering. An answer
 * the server refuses leaves the outbox and its question says why (outbox-drain.ts), so it never holds back the
 * others.
 */
export function useAutosave(attemptId: string) {
  const [refused, setRefused] = useState<Refusals>({});
  // The same, for code that must read the latest value after awaiting (submit, once the outbox is flushed).
  const latestRefused = useRef<Refusals>({});
  // Answers another tab of this attempt queued and could not send (it may have been closed) go out too. Kept
  // in state, not a memo React may drop: it holds the answers when storage is blocked. The quiz page mounts a
  // new runner for another attempt, so the id never changes under it.
  const [queue] = useState(() => new OutboxQueue(attemptId));

  // A plain request: the outbox below already queues, retries with backoff and waits out being offline.
  const send = useCallback((save: SaveRequest) => putAnswer(attemptId, save), [attemptId]);

  const settle = useCallback((questionId: string, reason: string | null) => {
    const current = latestRefused.current;
    if (current[questionId] === (reason ?? undefined)) return;
    const next = { ...current };
    if (reason === null) delete next[questionId];
    else next[questionId] = reason;
    latestRefused.current = next;
    setRefused(next);
  }, []);

  const { state, drain, flush } = useOutboxDrain(queue, send, settle);

  const save = useCallback(
    (request: SaveRequest) => {
      queue.add(request);
      // A changed answer is a new one: the refusal of the one before it no longer applies.
      settle(request.questionId, null);
      void drain();
    },
    [queue, drain, settle],
  );

  /**
   * The page is going away (a reload, a closed tab, a phone switching apps): everything queued goes out as
   * keepalive requests, which outlive the page. They stay in the outbox until an ordinary pass hears back, so an
   * answer one of them loses is still sent later; the server keeps only the highest version, so sending twice is
   * harmless.
   */
  const sendOnLeave = useCallback(() => {
    for (const request of Object.values(queue.pending())) {
      putAnswer(attemptId, request, true).catch(() => undefined);
    }
  }, [queue, attemptId]);

  /**
   * Writes an answer to the device's outbox at once, without sending it yet (typing, until its pause): a reload
   * reads it back even when the page goes before the pause ends. Any pass that runs meanwhile sends it early.
   */
  const keep = useCallback((request: SaveRequest) => storeUnsent(attemptId, request), [attemptId]);

  /** Saved-on-this-device answers the server may not have yet, to show after a reload. */
  const pending = useCallback(() => queue.pending(), [queue]);

  const refusals = useCallback(() => latestRefused.current, []);

  return { save, keep, flush, pending, state, refused, refusals, sendOnLeave };
}
