"use client";

import { useCallback, useMemo, useState } from "react";
import { OutboxQueue } from "@/components/quiz/outbox-storage";
import { useOutboxDrain } from "@/components/quiz/use-outbox-drain";
import type { HighlightColor } from "@/lib/reading/passage-marks";
import { nextHighlightVersion, type HighlightSave, type ShownHighlight } from "@/lib/reading/highlight-types";
import { highlightOutbox, putHighlight } from "./highlight-api";

/** Whose highlights: the lesson, the assignment while one is open, and what the server has for the student. */
export type HighlightsTarget = { lessonId: string; assignmentId: string | null; initial: ShownHighlight[] };

type Entry = ShownHighlight & { deleted: boolean };
type Change = { id?: string; start: number; end: number; quote: string; color: HighlightColor; note: string };

/**
 * A version 4 UUID. crypto.randomUUID exists only on secure origins (https, localhost), and a school may serve
 * Lectern over plain http on its network, so the id is made from getRandomValues, which every origin has.
 */
function newId(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The student's highlights of one lesson: what the server rendered, then this device's unsent saves (made offline
 * before a reload), then each change, saved through the answers' outbox (components/quiz/use-outbox-drain.ts).
 * Without a target (a teacher's preview) there is nothing to show or save.
 */
export function useHighlights(target: HighlightsTarget | undefined) {
  const lessonId = target?.lessonId ?? "";
  const [queue] = useState(() => new OutboxQueue(lessonId, highlightOutbox));
  const [entries, setEntries] = useState<Record<string, Entry>>(() => {
    const all: Record<string, Entry> = {};
    for (const h of target?.initial ?? []) all[h.id] = { ...h, deleted: false };
    if (!target) return all;
    for (const save of Object.values(queue.pending())) {
      const held = all[save.id];
      if (held && held.version >= save.version) continue;
      all[save.id] = { ...save, quote: held?.quote ?? "", deleted: save.deleted };
    }
    return all;
  });
  const [refused, setRefused] = useState<string | null>(null);
  const send = useCallback((save: HighlightSave) => putHighlight(save), []);
  const settle = useCallback((_id: string, reason: string | null) => setRefused(reason), []);
  const { state, drain } = useOutboxDrain(queue, send, settle);

  const write = useCallback(
    (entry: Entry) => {
      setEntries((all) => ({ ...all, [entry.id]: entry }));
      if (!target) return;
      const { quote: _quote, ...save } = entry;
      queue.add({ ...save, lessonId: target.lessonId, assignmentId: target.assignmentId });
      void drain();
    },
    [queue, drain, target],
  );

  const save = (change: Change) => {
    const held = change.id ? entries[change.id] : undefined;
    const id = held?.id ?? newId();
    write({ ...change, id, version: nextHighlightVersion(held?.version ?? 0), deleted: false });
  };

  const remove = (id: string) => {
    const held = entries[id];
    if (held) write({ ...held, version: nextHighlightVersion(held.version), deleted: true });
  };

  // In passage order, so the list reads as the passage does; the newest last among equal starts.
  const shown = useMemo(
    () =>
      Object.values(entries)
        .filter((e) => !e.deleted)
        .sort((a, b) => a.start - b.start || a.version - b.version),
    [entries],
  );

  const byId = (id: string) => shown.find((h) => h.id === id);

  return { shown, byId, save, remove, state, refused };
}
