import englishWords from "an-array-of-english-words" with { type: "json" };

// Built on the first typo check: a quarter of a million entries is worth holding only once grading needs it.
let words: ReadonlySet<string> | undefined;

/** Whether a lower-case word is an English word, in any inflection; names are not in the list. */
export function isDictionaryWord(word: string): boolean {
  words ??= new Set(englishWords);
  return words.has(word);
}
