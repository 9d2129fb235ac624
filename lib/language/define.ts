import type { ItsFunction } from "wink-nlp";
import { englishNlp } from "../english-nlp";
import type { WordNetPos } from "./dictionary-files";
import { chooseSense } from "./sense-choice";
import { baseForms } from "./word-forms";
import { sensesOf } from "./wordnet";

/** What a reader is shown for a word: WordNet's entry for the sense the sentence uses. */
export type WordDefinition = {
  lemma: string;
  partOfSpeech: WordNetPos;
  definition: string;
  example: string | null;
};

const POS_OF_TAG: Record<string, WordNetPos> = {
  NOUN: "noun",
  PROPN: "noun",
  VERB: "verb",
  AUX: "verb",
  ADJ: "adj",
  ADV: "adv",
};
const EVERY_POS: WordNetPos[] = ["noun", "verb", "adj", "adv"];

/** How a sentence uses a word: its lemma and part of speech there. */
export type WordReading = { lemma: string; pos?: WordNetPos };

/**
 * How the sentence uses the (lower-case) word: wink-nlp's lemma and part of speech at its first occurrence there.
 * A lookup reads it once and gives it to wordForms and defineInSentence, which would each parse the sentence.
 */
export function readInSentence(word: string, sentence: string): WordReading {
  const nlp = englishNlp();
  for (const text of [sentence, word]) {
    const tokens = nlp.readDoc(text).tokens();
    const at = tokens.out(nlp.its.value).findIndex((v) => v.toLowerCase() === word);
    if (at < 0) continue;
    // wink-nlp's typings give its.lemma the parameters it is called with, not those of an ItsFunction.
    const lemma = tokens.out(nlp.its.lemma as unknown as ItsFunction<string>)[at]!;
    return { lemma: lemma.toLowerCase(), pos: POS_OF_TAG[tokens.out(nlp.its.pos)[at]!] };
  }
  return { lemma: word };
}

/**
 * Every form `word` may be listed under, for matching a teacher's glossary or a quiz's vocabulary word: the word,
 * its lemma in the sentence, and each regular base form.
 */
export function wordForms(
  word: string,
  sentence = "",
  read: WordReading = readInSentence(word.toLowerCase(), sentence),
): string[] {
  const lower = word.toLowerCase();
  return [...new Set([lower, read.lemma, ...EVERY_POS.flatMap((p) => baseForms(lower, p))])];
}

/**
 * The WordNet definition of `word` as `sentence` uses it: the part of speech the sentence gives it first (then the
 * others), the lemma wink-nlp reads there or a regular base form, and among that lemma's senses the one
 * chooseSense picks. Null when WordNet has no entry for any form of the word.
 */
export function defineInSentence(
  word: string,
  sentence: string,
  read: WordReading = readInSentence(word.toLowerCase(), sentence),
): WordDefinition | null {
  const lower = word.toLowerCase();
  const order = read.pos ? [read.pos, ...EVERY_POS.filter((p) => p !== read.pos)] : EVERY_POS;
  for (const pos of order) {
    for (const form of new Set([read.lemma, ...baseForms(lower, pos)])) {
      const sense = chooseSense(sensesOf(form, pos), form, sentence);
      if (sense)
        return {
          lemma: form,
          partOfSpeech: pos,
          definition: sense.definition,
          example: sense.examples[0] ?? null,
        };
    }
  }
  return null;
}
