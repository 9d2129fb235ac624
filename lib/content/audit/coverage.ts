import type { Sentence } from "../../import/sentences";
import { citedSentences, isFocused } from "./citations";
import type { SetQuestion } from "./set-questions";

/** A sentence may be asked about in a section's lesson and again in the overview, not a third time. */
export const MAX_QUESTIONS_PER_SENTENCE = 2;

export type SentenceRef = { index: number; start: number; end: number; text: string };
export type Coverage = {
  sentences: number;
  covered: number;
  /** Sentences no focused citation touches. */
  uncovered: SentenceRef[];
  /** Sentences more than two questions cite, with those questions' numbers. */
  overcited: (SentenceRef & { questions: number[] })[];
};

export function coverage(set: readonly SetQuestion[], sentences: readonly Sentence[]): Coverage {
  const citedBy = sentences.map((): number[] => []);
  for (const { number, question } of set) {
    const cited = citedSentences(question, sentences);
    if (!isFocused(question, cited.length)) continue;
    for (const i of cited) citedBy[i]!.push(number);
  }
  const ref = (index: number): SentenceRef => ({ index, ...sentences[index]! });
  const uncovered = citedBy.flatMap((qs, i) => (qs.length === 0 ? [ref(i)] : []));
  return {
    sentences: sentences.length,
    covered: sentences.length - uncovered.length,
    uncovered,
    overcited: citedBy.flatMap((questions, i) =>
      questions.length > MAX_QUESTIONS_PER_SENTENCE ? [{ ...ref(i), questions }] : [],
    ),
  };
}
