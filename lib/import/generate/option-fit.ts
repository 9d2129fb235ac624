import type { Sentence } from "./analysis";
import type { Article } from "./article";

/**
 * Whether a percentage option is as believable as the key: "99 percent" beside a key of 58 is set aside at sight
 * (seventh review), so an option near the ends of the scale is offered only with a key near that end.
 */
export function percentFits(key: number, option: number): boolean {
  if (option >= 95 && key < 90) return false;
  if (option <= 5 && key > 10) return false;
  return true;
}

const YEAR = /\b(1[5-9]\d\d|20\d\d)\b/g;
const FUTURE =
  /\b(?:will|would|shall|until|plans?|planned|expects?|expected|due|scheduled|aims?|hopes?)\b|['’]ll\b/i;
const PRESENT = new Set(["am", "are", "is", "has", "have", "do", "does", "been", "being"]);

/** A verb in the past tense, as far as the tagger's lemma shows it ("made", "was", "found"; not "has", "keeps"). */
const isPastVerb = (t: Sentence["tokens"][number]) =>
  (t.pos === "VERB" || t.pos === "AUX") &&
  t.text.toLowerCase() !== t.lemma.toLowerCase() &&
  !PRESENT.has(t.text.toLowerCase()) &&
  !/(?:s|ing)$/i.test(t.text);

const nowCache = new WeakMap<Article, number | undefined>();

/**
 * The article's present as its own text gives it: the latest year it reports in a past-tense sentence with no
 * word of plans or expectation. Undefined when it reports none.
 */
export function articleNow(article: Article): number | undefined {
  if (nowCache.has(article)) return nowCache.get(article);
  let now: number | undefined;
  for (const s of article.sentences) {
    if (FUTURE.test(s.text) || !s.tokens.some(isPastVerb)) continue;
    for (const m of s.text.matchAll(YEAR)) now = Math.max(now ?? 0, Number(m[1]));
  }
  nowCache.set(article, now);
  return now;
}

/**
 * Whether a year option keeps the key's time sense: on the key's side of the article's present. A closure "in
 * 2027" in a report of 2026, or past years where residents "wait until 2029", are rejected at sight.
 */
export function keepsTimeSense(article: Article, key: string, option: string): boolean {
  const now = articleNow(article);
  const k = /\b(1[5-9]\d\d|20\d\d)\b/.exec(key)?.[1];
  const o = /\b(1[5-9]\d\d|20\d\d)\b/.exec(option)?.[1];
  if (now === undefined || !k || !o) return true;
  return Number(k) > now === Number(o) > now;
}
