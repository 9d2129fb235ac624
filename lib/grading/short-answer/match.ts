import { readingEnds, type Phrase, type Reading } from "./align";
import { isDictionaryWord } from "./dictionary";
import type { ShortAnswerKey } from "./key";
import { tokensOf } from "./lemmas";
import { isNegationOrHedge } from "./negation";
import { normalizeShortAnswer } from "./normalize";

export type ShortAnswerMatch = {
  correct: boolean;
  /** Accepted only through tolerance (a typo, a lemma, a number in words, an acronym, a longer answer). */
  near: boolean;
  /** The accepted answer it matched, as the teacher wrote it. */
  matched: string | null;
};

type KeyAnswer = { text: string; normalized: string };

const wrong = (): ShortAnswerMatch => ({ correct: false, near: false, matched: null });
const near = (a: KeyAnswer): ShortAnswerMatch => ({ correct: true, near: true, matched: a.text });

function keyAnswers(texts: readonly string[]): KeyAnswer[] {
  return texts.flatMap((text) => {
    const normalized = normalizeShortAnswer(text);
    // Text made only of punctuation normalizes to "" and must not match an answer that does too.
    return normalized === "" ? [] : [{ text, normalized }];
  });
}

/** The key's acronyms, each as the words it stands for; exported so a teacher can be told which tolerance applied. */
export function expansionsOf(key: ShortAnswerKey): Map<string, Phrase> {
  const expansions = new Map<string, Phrase>();
  for (const { short, long } of key.acronyms ?? []) {
    const acronym = normalizeShortAnswer(short);
    // An acronym that is also a word ("WHO", "US") would read ordinary words as names once case is gone.
    if (/\s/.test(acronym) || isDictionaryWord(acronym)) continue;
    expansions.set(acronym, tokensOf(normalizeShortAnswer(long)));
  }
  return expansions;
}

function spansOf(words: Phrase, phrase: Phrase, reading: Reading): [number, number][] {
  return words.flatMap((_, start) =>
    [...readingEnds(words, start, phrase, reading)].map((end): [number, number] => [start, end]),
  );
}

const readsWhole = (words: Phrase, phrase: Phrase, reading: Reading) =>
  readingEnds(words, 0, phrase, reading).has(words.length);

/**
 * Grades a short answer by its words rather than its characters; see the README's "How short answers are graded".
 * Pure: the key carries what the article tells (acronyms, its words), so grading never reads anything.
 */
export function matchShortAnswer(given: string, key: ShortAnswerKey): ShortAnswerMatch {
  const normalized = normalizeShortAnswer(given);
  if (normalized === "") return wrong();
  const accepted = keyAnswers(key.acceptedAnswers);
  const exact = accepted.find((a) => a.normalized === normalized);
  if (exact) return { correct: true, near: false, matched: exact.text };
  const rejected = keyAnswers(key.rejectedAnswers ?? []);
  if (rejected.some((r) => r.normalized === normalized)) return wrong();

  const words = tokensOf(normalized);
  const base = { knownWords: new Set(key.knownWords), expansions: expansionsOf(key) };
  // The closer reading decides: a listed wrong answer typed with a typo that also makes it look like a right one
  // stays wrong.
  for (const typos of [false, true]) {
    const reading = { ...base, typos };
    if (rejected.some((r) => readsWhole(words, tokensOf(r.normalized), reading))) return wrong();
    const whole = accepted.find((a) => readsWhole(words, tokensOf(a.normalized), reading));
    if (whole) return near(whole);
  }

  // A longer answer counts when it holds an accepted phrase whole, unless the rest of it negates or hedges
  // ("did not encourage", "NATO or the EU") or gives a listed wrong answer too.
  const reading = { ...base, typos: true };
  for (const a of accepted) {
    for (const [start, end] of spansOf(words, tokensOf(a.normalized), reading)) {
      if ([...words.slice(0, start), ...words.slice(end)].some(isNegationOrHedge)) continue;
      const alsoWrong = rejected.some((r) =>
        spansOf(words, tokensOf(r.normalized), reading).some(([s, e]) => s < start || e > end),
      );
      if (!alsoWrong) return near(a);
    }
  }
  return wrong();
}
