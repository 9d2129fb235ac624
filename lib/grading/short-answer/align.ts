import { isDictionaryWord } from "./dictionary";
import type { Token } from "./lemmas";
import { isTypoOf } from "./typos";

export type Phrase = readonly Token[];

export type Reading = {
  /** Whether a word may be read as another it is a typo of. */
  typos: boolean;
  /** Words that are never typos: those of the article near a key word. */
  knownWords: ReadonlySet<string>;
  /** Acronyms (normalized) and the words of what they stand for. */
  expansions: ReadonlyMap<string, Phrase>;
};

// Only a word that is no word at all is taken for a typo, so "affect" is never read as "effect".
const isRealWord = (t: Token, reading: Reading) =>
  reading.knownWords.has(t.text) || t.forms.some(isDictionaryWord);

function sameWord(given: Token, key: Token, reading: Reading): boolean {
  if (given.forms.some((f) => key.forms.includes(f))) return true;
  if (!reading.typos || !given.spelled || !key.spelled || isRealWord(given, reading)) return false;
  return given.forms.some((g) => key.forms.some((k) => isTypoOf(g, k)));
}

/** How many words of `phrase` from `at` read as `words`, or 0. */
function readsAs(phrase: Phrase, at: number, words: Phrase, reading: Reading): number {
  const fits = words.every((w, i) => {
    const t = phrase[at + i];
    return t !== undefined && sameWord(t, w, reading);
  });
  return fits ? words.length : 0;
}

/**
 * Where each reading of `key` as the words of `given` from `start` ends. A word matches a word (same form, lemma
 * or number, or a typo); a compound matches its two halves ("deescalation", "de escalation"); an acronym
 * matches the words it stands for, either side.
 */
export function readingEnds(
  given: Phrase,
  start: number,
  key: Phrase,
  reading: Reading,
): ReadonlySet<number> {
  const memo = new Map<number, Set<number>>();
  const from = (g: number, k: number): ReadonlySet<number> => {
    if (k === key.length) return new Set([g]);
    const id = g * (key.length + 1) + k;
    const known = memo.get(id);
    if (known) return known;
    const ends = new Set<number>();
    memo.set(id, ends);
    const gt = given[g];
    const kt = key[k]!;
    if (gt === undefined) return ends;
    const follow = (dg: number, dk: number) => {
      if (dg > 0 && dk > 0) for (const end of from(g + dg, k + dk)) ends.add(end);
    };
    if (sameWord(gt, kt, reading)) follow(1, 1);
    if (key[k + 1] && gt.text === kt.text + key[k + 1]!.text) follow(1, 2);
    if (given[g + 1] && kt.text === gt.text + given[g + 1]!.text) follow(2, 1);
    const keyExpansion = reading.expansions.get(kt.text);
    if (keyExpansion) follow(readsAs(given, g, keyExpansion, reading), 1);
    const givenExpansion = reading.expansions.get(gt.text);
    if (givenExpansion) follow(1, readsAs(key, k, givenExpansion, reading));
    return ends;
  };
  return from(start, 0);
}
