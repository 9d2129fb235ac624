import { readingEnds, type Reading } from "./align";
import type { ShortAnswerKey } from "./key";
import { tokensOf } from "./lemmas";
import { expansionsOf, matchShortAnswer } from "./match";
import { normalizeShortAnswer } from "./normalize";

/** How a near answer got through: a typo, another form of the words (lemma, number, acronym), more words. */
export type Tolerance = "typo" | "other_form" | "longer_answer";

function readings(key: ShortAnswerKey): { strict: Reading; loose: Reading } {
  const base = { knownWords: new Set(key.knownWords), expansions: expansionsOf(key) };
  return { strict: { ...base, typos: false }, loose: { ...base, typos: true } };
}

const phraseOf = (text: string) => tokensOf(normalizeShortAnswer(text));

/**
 * Which tolerances let `given` read as `matched`, an accepted answer of `key`, for a teacher trying answers. It
 * asks in matchShortAnswer's own order (the whole answer without typos, then with, then a longer answer holding
 * it), so the explanation names the step that accepted it.
 */
export function tolerancesOf(given: string, matched: string, key: ShortAnswerKey): Tolerance[] {
  const words = phraseOf(given);
  const phrase = phraseOf(matched);
  const { strict, loose } = readings(key);
  if (readingEnds(words, 0, phrase, strict).has(words.length)) return ["other_form"];
  if (readingEnds(words, 0, phrase, loose).has(words.length)) return ["typo"];
  const heldWithoutTypo = words.some((_, start) => readingEnds(words, start, phrase, strict).size > 0);
  return heldWithoutTypo ? ["longer_answer"] : ["longer_answer", "typo"];
}

/** The listed wrong answer that `given` gives (alone or inside a longer answer), or null. */
export function refusedAs(given: string, key: ShortAnswerKey): string | null {
  const alone = (r: string) => ({ ...key, acceptedAnswers: [r], rejectedAnswers: [] });
  return (key.rejectedAnswers ?? []).find((r) => matchShortAnswer(given, alone(r)).correct) ?? null;
}

/**
 * The accepted answer a wrong `given` holds inside it, or null: the rest of the answer then negates, hedges or
 * adds a wrong answer to it ("did not encourage"), which is why it was refused.
 */
export function heldButRefused(given: string, key: ShortAnswerKey): string | null {
  const words = phraseOf(given);
  const { loose } = readings(key);
  const holds = (a: string) => {
    const phrase = phraseOf(a);
    // An answer of punctuation alone has no words, and would otherwise be held by anything.
    return phrase.length > 0 && words.some((_, start) => readingEnds(words, start, phrase, loose).size > 0);
  };
  return key.acceptedAnswers.find(holds) ?? null;
}
