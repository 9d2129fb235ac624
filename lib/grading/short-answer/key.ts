import { definedAcronyms, type Acronym } from "./acronyms";
import { isDictionaryWord } from "./dictionary";
import { normalizeShortAnswer } from "./normalize";
import { isTypoOf } from "./typos";

export type ShortAnswerKey = {
  acceptedAnswers: readonly string[];
  /** Wrong answers the teacher listed: an answer that gives one is wrong, whatever else it contains. */
  rejectedAnswers?: readonly string[];
  /** Acronyms the article defines: each matches its expansion. */
  acronyms?: readonly Acronym[];
  /** Words of the article a typo away from a word of the key: typed as such, they are not typos. */
  knownWords?: readonly string[];
};

const spelledWords = (text: string) =>
  normalizeShortAnswer(text)
    .split(" ")
    .filter((w) => /^\p{L}+$/u.test(w));

/**
 * The words of the article that a typo of a key word could produce ("Austria" beside "Australia"), when the
 * dictionary does not know them: a student who types one means it.
 */
function knownWordsNear(articleText: string, answers: readonly string[]): string[] {
  const keyWords = new Set(answers.flatMap(spelledWords));
  const known = new Set<string>();
  for (const word of new Set(spelledWords(articleText))) {
    if (keyWords.has(word) || isDictionaryWord(word)) continue;
    if ([...keyWords].some((k) => isTypoOf(word, k))) known.add(word);
  }
  return [...known];
}

/**
 * A short-answer question's key, with what its article tells the grader. Built once per question version (the
 * answer-key cache keeps it), so grading itself never reads the article.
 */
export function shortAnswerKey(
  q: { acceptedAnswers: readonly string[]; rejectedAnswers: readonly string[] },
  articleText: string | null,
): ShortAnswerKey {
  const key = { acceptedAnswers: q.acceptedAnswers, rejectedAnswers: q.rejectedAnswers };
  if (articleText === null) return key;
  return {
    ...key,
    acronyms: definedAcronyms(articleText),
    knownWords: knownWordsNear(articleText, [...q.acceptedAnswers, ...q.rejectedAnswers]),
  };
}
