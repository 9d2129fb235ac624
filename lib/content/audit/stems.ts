import type { QuestionInput } from "../schema";
import type { SetQuestion } from "./set-questions";
import { contentWords, jaccard } from "./words";

/**
 * Stems sharing at least half of their content words (Jaccard: shared words over all words of the two) ask the
 * same thing: "Which concern does the article attribute to critics of Trump's approach to Putin?" and "What did
 * critics say Trump's approach to Putin risked?" score 0.57. Content words only, so "According to the
 * article, …" and "Select all that apply" do not count.
 */
export const STEM_SIMILARITY = 0.5;

export type RepeatedStem = { a: number; b: number; similarity: number };

// Every evidence stem ends with the same Part B instruction, which says nothing about what is asked.
const askedPart = (prompt: string) => prompt.split(/\bPart B:/i)[0]!;

export const stemWords = (q: QuestionInput) => contentWords(askedPart(q.prompt));

const citationsOverlap = (a: QuestionInput, b: QuestionInput) =>
  a.citation.start < b.citation.end && b.citation.start < a.citation.end;

/**
 * Two questions repeat when their stems are alike and they are in the same lesson or cite overlapping text:
 * "What is the main idea of this section?" in two section lessons asks about two different passages.
 */
export function repeatsOf(target: SetQuestion, set: readonly SetQuestion[]): RepeatedStem[] {
  const words = stemWords(target.question);
  return set.flatMap((other) => {
    if (other.number === target.number) return [];
    if (other.lesson !== target.lesson && !citationsOverlap(target.question, other.question)) return [];
    const similarity = jaccard(words, stemWords(other.question));
    return similarity >= STEM_SIMILARITY
      ? [{ a: target.number, b: other.number, similarity: Math.round(similarity * 100) / 100 }]
      : [];
  });
}

export function repeatedStems(set: readonly SetQuestion[]): RepeatedStem[] {
  return set.flatMap((q) => repeatsOf(q, set).filter((pair) => pair.a < pair.b));
}
