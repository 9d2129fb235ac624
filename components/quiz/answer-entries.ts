import type { StudentQuestion } from "@/lib/attempts/student-question";
import type { Answer } from "@/lib/grading/answer";
import { blankAnswer, isAnswered } from "@/lib/grading/answered";
import type { Outbox } from "./outbox-storage";

/** A question's answer as this tab shows it: the answer (null before one is given), its version and its flag. */
export type Entry = { answer: Answer | null; version: number; flagged: boolean };
export type Entries = Record<string, Entry>;

/**
 * Versions follow the clock (tenths of a second since the attempt began), so across tabs and devices the latest
 * change wins, and they never fall back within one tab.
 */
export function nextVersion(previous: number, startedAt: string, now = Date.now()): number {
  return Math.max(previous + 1, Math.floor((now - Date.parse(startedAt)) / 100));
}

/**
 * The entries with the unsent answers of this device that are newer than what the server rendered (answers given
 * offline before a reload), or null when there are none.
 */
export function withUnsent(entries: Entries, unsent: Outbox): Entries | null {
  const newer = Object.values(unsent).filter((p) => p.version > (entries[p.questionId]?.version ?? 0));
  if (newer.length === 0) return null;
  const next = { ...entries };
  for (const p of newer) next[p.questionId] = { answer: p.answer, version: p.version, flagged: p.flagged };
  return next;
}

/** What to save for an entry: a flag on a question not answered yet goes with its type's blank answer. */
export function answerToSave(entry: Entry, type: Answer["type"] | undefined): Answer | null {
  return entry.answer ?? (entry.flagged && type ? blankAnswer(type) : null);
}

export const isEntryAnswered = (entry: Entry | undefined) =>
  entry?.answer ? isAnswered(entry.answer) : false;

/** The 1-based numbers of the questions that pass `test`, as the student sees them. */
export const questionNumbers = (questions: StudentQuestion[], test: (q: StudentQuestion) => boolean) =>
  questions.flatMap((q, i) => (test(q) ? [i + 1] : []));
