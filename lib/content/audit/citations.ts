import { splitSentences, type Sentence } from "../../import/sentences";
import type { QuestionInput } from "../schema";
import type { SetQuestion } from "./set-questions";

export const MAX_CITATION_SENTENCES = 3;

/** The article's sentences, split as the import splits them (headings left out). */
export const articleSentences = (text: string): Sentence[] => splitSentences(text);

/** Indexes of the sentences a question's citation touches, even in part. */
export function citedSentences(q: QuestionInput, sentences: readonly Sentence[]): number[] {
  const { start, end } = q.citation;
  return sentences.flatMap((s, i) => (start < s.end && end > s.start ? [i] : []));
}

/**
 * Items that may cite a whole section: ordering (its items come from across the section), open response (the
 * student gathers evidence) and main idea (about the section as a whole). Other items cite the sentences that
 * answer them.
 */
export const isWholeSectionItem = (q: QuestionInput): boolean =>
  q.type === "ordering" || q.type === "open_response" || q.skill === "main_idea";

/**
 * Whether the citation points at the sentences a question asks about. A whole-section item citing more than
 * three sentences says nothing about which idea it tests, so it neither uses a sentence up nor covers one.
 */
export const isFocused = (q: QuestionInput, sentenceCount: number): boolean =>
  !isWholeSectionItem(q) || sentenceCount <= MAX_CITATION_SENTENCES;

export type LongCitation = { number: number; sentences: number };

/** Citations of more than three sentences, whole-section items excepted. */
export function longCitations(set: readonly SetQuestion[], sentences: readonly Sentence[]): LongCitation[] {
  return set.flatMap(({ number, question }) => {
    const count = citedSentences(question, sentences).length;
    return count > MAX_CITATION_SENTENCES && !isWholeSectionItem(question)
      ? [{ number, sentences: count }]
      : [];
  });
}
