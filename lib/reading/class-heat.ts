import type { PassagePiece } from "./passage-sentences";

type Range = { start: number; end: number };
type Sentence = PassagePiece & { sentence: string };

/**
 * How many students highlighted each sentence: a student counts once for a sentence however many of their
 * highlights touch it. Sentences nobody highlighted are left out.
 */
export function sentenceHeat(
  sentences: readonly Sentence[],
  highlights: readonly (Range & { studentId: string })[],
): Map<string, number> {
  const students = new Map<string, Set<string>>();
  for (const h of highlights) {
    for (const s of sentences) {
      if (s.start < h.end && s.end > h.start) {
        const who = students.get(s.sentence) ?? new Set<string>();
        who.add(h.studentId);
        students.set(s.sentence, who);
      }
    }
  }
  return new Map([...students].map(([id, who]) => [id, who.size]));
}

/** Each sentence a question's citation touches, with the questions (by key) that cite it, in the given order. */
export function citedSentences<Q extends Range>(
  sentences: readonly Sentence[],
  citations: readonly Q[],
): Map<string, Q[]> {
  const out = new Map<string, Q[]>();
  for (const c of citations) {
    for (const s of sentences) {
      if (s.start < c.end && s.end > c.start) out.set(s.sentence, [...(out.get(s.sentence) ?? []), c]);
    }
  }
  return out;
}
