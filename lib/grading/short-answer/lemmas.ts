import type { ItsFunction } from "wink-nlp";
import { englishNlp } from "../../english-nlp";
import { isDictionaryWord } from "./dictionary";
import { mergeNumberWords } from "./numbers";

export type Token = {
  /** The word as typed, normalized. */
  text: string;
  /** What it may be compared by: its text, its lemma, the singular of a plural the dictionary does not know. */
  forms: readonly string[];
  /** Letters only: a word a typo can be forgiven in. */
  spelled: boolean;
};

const DEGREE_POS = new Set(["ADJ", "ADV"]);
const HAS_WORD_CHARACTER = /[\p{L}\p{N}]/u;
const LETTERS_ONLY = /^\p{L}+$/u;

function tokenOf(text: string, lemma: string, pos: string): Token {
  const forms = new Set([text]);
  // "worse" is not "bad" as an answer, so comparatives and superlatives keep their form; a participle used as an
  // adjective ("encouraged") still reduces to its verb.
  if (!DEGREE_POS.has(pos) || /(?:ed|ing)$/.test(text)) forms.add(lemma.toLocaleLowerCase("en"));
  // The model has no plural for names ("fridays"): a final s the dictionary cannot explain is dropped.
  const singular = text.replace(/(?<=\p{L}{3})s$/u, "");
  if (singular !== text && LETTERS_ONLY.test(text) && !isDictionaryWord(text)) forms.add(singular);
  return { text, forms: [...forms], spelled: LETTERS_ONLY.test(text) };
}

function lemmatize(normalized: string): Token[] {
  const nlp = englishNlp();
  const tokens = nlp.readDoc(normalized).tokens();
  // wink-nlp's typings give its.lemma the parameters it is called with, not those of an ItsFunction.
  const lemmas = tokens.out(nlp.its.lemma as unknown as ItsFunction<string>);
  const pos = tokens.out(nlp.its.pos);
  return tokens
    .out(nlp.its.value)
    .flatMap((value, i) => (HAS_WORD_CHARACTER.test(value) ? [tokenOf(value, lemmas[i]!, pos[i]!)] : []));
}

// The same accepted answers are read for every student: tagging them once per process keeps a class's
// submissions at the bell cheap. Bounded: cleared when full, which only costs a re-read.
const MAX_ENTRIES = 10_000;
const memo = new Map<string, readonly Token[]>();

/** The words of a normalized answer (see normalizeShortAnswer), number words read as numbers. */
export function tokensOf(normalized: string): readonly Token[] {
  let tokens = memo.get(normalized);
  if (!tokens) {
    if (memo.size >= MAX_ENTRIES) memo.clear();
    tokens = mergeNumberWords(lemmatize(normalized));
    memo.set(normalized, tokens);
  }
  return tokens;
}
