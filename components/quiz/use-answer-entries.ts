"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { SavedAnswer } from "@/lib/attempts/queries";
import type { StudentQuestion } from "@/lib/attempts/student-question";
import { answerToSave, nextVersion, withUnsent, type Entries, type Entry } from "./answer-entries";
import type { SaveRequest } from "./api";
import type { Outbox } from "./outbox-storage";
import { TypingDebounce } from "./typing-debounce";

type Options = {
  startedAt: string;
  questions: StudentQuestion[];
  initialAnswers: SavedAnswer[];
  save: (request: SaveRequest) => void;
  /** Puts an answer on the device at once, to be sent later (use-autosave.ts). */
  keep?: (request: SaveRequest) => void;
  pending: () => Outbox;
};

/**
 * The answers this tab shows, each with its version and flag: every change gets a newer version and is saved
 * (typing after a pause, anything else at once), and answers this device has not sent yet replace older ones
 * the server rendered.
 */
export function useAnswerEntries({ startedAt, questions, initialAnswers, save, keep, pending }: Options) {
  const [entries, setEntries] = useState<Entries>(() =>
    Object.fromEntries(initialAnswers.map((a) => [a.questionId, a])),
  );
  // The same, for changes that follow each other faster than React renders.
  const latest = useRef(entries);
  const [typing] = useState(() => new TypingDebounce());

  // Answers given offline before a reload are newer than what the server rendered: show them.
  useEffect(() => {
    const shown = withUnsent(latest.current, pending());
    if (!shown) return;
    latest.current = shown;
    setEntries(shown);
  }, [pending]);

  const update = useCallback(
    (questionId: string, change: Partial<Entry>, delayMs: number) => {
      const prev = latest.current[questionId] ?? { answer: null, version: 0, flagged: false };
      const version = nextVersion(prev.version, startedAt);
      const entry = { ...prev, ...change, version };
      latest.current = { ...latest.current, [questionId]: entry };
      setEntries(latest.current);
      const answer = answerToSave(entry, questions.find((q) => q.id === questionId)?.type);
      const request = answer && { questionId, answer, version, flagged: entry.flagged };
      // Typing waits for its pause before going out, but is on the device at once: a reload in the pause keeps it.
      if (request && delayMs > 0) keep?.(request);
      typing.schedule(questionId, () => request && save(request), delayMs);
    },
    [startedAt, questions, save, keep, typing],
  );

  const sendTypedNow = useCallback(() => typing.sendNow(), [typing]);

  return { entries, update, sendTypedNow };
}
