import type { Sentence } from "./analysis";
import type { Article } from "./article";
import { isNameKind, titleBefore, type Entity } from "./entities";
import { frequencyRank } from "./frequency";
import { escapeRegExp, isYear, YEAR } from "./text";

/**
 * Whether a blank on this figure asks a detail nobody would teach. The seventh review's commonest fault ("trivial
 * target") fell on figures of a few shapes that carry colour, not the sentence's point: a figure inside a quotation
 * ("For thirty minutes we played…"), a person's age, a clock time, an ordinal that places a thing ("the third
 * floor") rather than an event in time or a ranking, and a year that labels ("the 2016 election", "(1888)" after a
 * listed invention) rather than dates an event.
 */
export function isTrivialFigure(s: Sentence, e: Entity): boolean {
  if (isNameKind(e.kind)) return false;
  const before = s.text.slice(0, e.start - s.start);
  const after = s.text.slice(e.end - s.start);
  return (
    inQuotation(before) ||
    AGE_BEFORE.test(before) ||
    AGE_AFTER.test(after) ||
    (/\bat\s+$/i.test(before) && BARE_FIGURE.test(e.text) && s.tokens[e.last + 1]?.pos !== "NOUN") ||
    (e.kind === "ordinal" && !ORDER_FRAME.test(after)) ||
    (isYear(e.text) && (/\(\s*$/.test(before) || (/^\s+[a-z]/.test(after) && modifiesNoun(s, e)))) ||
    datedAtBothEnds(s, e)
  );
}

/**
 * Two years worded as a span's ends: "from 1874 to 1880", "between 1874 and 1880", "1874–1880". Two years that
 * date two events ("opened in 1874 and closed in 1930") bound no span the sentence measures.
 */
const YEAR_SPAN = new RegExp(
  `\\b(?:between ${YEAR.source} and ${YEAR.source}|${YEAR.source}(?:\\s*[-–—]\\s*|\\s+(?:to|until|till|through)\\s+)${YEAR.source})\\b`,
  "i",
);

/** A span the sentence also dates at both ends ("spent six years, from 1874 to 1880"): its length is given twice. */
export const datedAtBothEnds = (s: Sentence, e: Entity) => e.kind === "duration" && YEAR_SPAN.test(s.text);

const AGE_BEFORE = /\b(?:aged|age of|ages of|at age)\s+$/i;
const AGE_AFTER = /^[-\s]years?[-\s]old\b/i;
const BARE_FIGURE =
  /^(?:\d{1,2}(?:[:.]\d\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/i;
/** Ordinals that rank an event in time or a result ("the 31st minute", "third place"). */
const ORDER_FRAME =
  /^\s+(?:minutes?|hours?|days?|weeks?|months?|years?|decades?|century|centuries|times?|place|round|lap|attempt|season|anniversary|edition)\b/i;

/** A year right before a noun ("the 2016 presidential election"): a label of the noun, not a date of the claim. */
function modifiesNoun(s: Sentence, e: Entity): boolean {
  const next = s.tokens[e.last + 1];
  const then = s.tokens[e.last + 2];
  return next?.pos === "NOUN" || (next?.pos === "ADJ" && then?.pos === "NOUN");
}

/** Inside a quotation: an odd number of straight quotes before it, or more opening curly quotes than closing. */
function inQuotation(before: string): boolean {
  const straight = (before.match(/"/g) ?? []).length;
  const open = (before.match(/“/g) ?? []).length;
  const close = (before.match(/”/g) ?? []).length;
  return straight % 2 === 1 || open > close;
}

/**
 * A word of a longer name ("Forum" of "the National Farmers' Forum"): the tagger cut the name, so the blank sits
 * inside it and other names of the kind ("National Farmers' Marsh") read wrongly at sight. For a person (the
 * tagger may take the cut word for a surname) only a plural possessive before it counts: a title ("Councillor
 * Oduya") or a team's possessive ("Kestrel Vale's Adeyemi") is no part of a name.
 */
export function isNameFragment(s: Sentence, e: Entity): boolean {
  if (!isNameKind(e.kind)) return false;
  const prev = s.tokens[e.first - 1];
  const beforePrev = s.tokens[e.first - 2];
  const capital = (t: { text: string } | undefined, at: number) => !!t && at > 0 && /^[A-Z]/.test(t.text);
  const next = s.tokens[e.last + 1];
  const pluralPossessive = !!prev && /^['’]$/.test(prev.text) && capital(beforePrev, e.first - 2);
  if (e.kind === "person") return pluralPossessive;
  return (
    pluralPossessive ||
    capital(prev, e.first - 1) ||
    (!!prev && /^['’]s$/.test(prev.text) && capital(beforePrev, e.first - 2)) ||
    (!!next && next.pos === "PROPN" && /^[A-Z]/.test(next.text))
  );
}

/**
 * A name a student knows without reading: one the title names, or the place the article names most (at least
 * three times and more than any other place), as "Russia" in an article about Trump and Putin.
 */
export function isArticleSubject(article: Article, e: Entity): boolean {
  if (!isNameKind(e.kind)) return false;
  const titleWords = new Set(article.title.toLowerCase().match(/[\p{L}'’-]+/gu) ?? []);
  if (e.text.split(/\s+/).some((w) => w.length > 2 && titleWords.has(w.toLowerCase()))) return true;
  if (e.kind !== "place") return false;
  const counts = new Map<string, number>();
  for (const x of article.entities) if (x.kind === "place") counts.set(x.text, (counts.get(x.text) ?? 0) + 1);
  const mine = counts.get(e.text) ?? 0;
  return mine >= 3 && [...counts].every(([t, n]) => t === e.text || n < mine);
}

/**
 * A name a blank asks only as a detail. In the tenth review all four blanks on a place and all four on a first
 * name were trivial: a person named by one word that ends no longer name of the article and follows no title (a
 * first name, "Maggie", "Tomasz", or a minor character); a place in a list of places ("presses in Cologne, Basel,
 * Rome and Paris", "in China and Korea"); a place set before a noun as its modifier ("a Manchester mill owner").
 */
export function isMinorName(article: Article, s: Sentence, e: Entity): boolean {
  const before = s.text.slice(0, e.start - s.start);
  const after = s.text.slice(e.end - s.start);
  const personal = (k: Entity["kind"]) => k === "person" || k === "name";
  if (personal(e.kind))
    return (
      !/\s/.test(e.text) &&
      !titleBefore(before) &&
      !article.entities.some((x) => personal(x.kind) && x.text.endsWith(` ${e.text}`))
    );
  if (e.kind !== "place") return false;
  const listed =
    /^\s*(?:,|and\b|or\b)\s*[A-Z]/.test(after) || /\p{Lu}[\p{L}'’-]*(?:,| and| or)\s+$/u.test(before);
  const next = s.tokens[e.last + 1];
  return listed || (next?.pos === "NOUN" && /^[a-z]/.test(next.text));
}

/** Nouns this frequent ("lamp", "tool", "floor") name everyday things: not what a sentence teaches. */
const GENERIC_RANK = 5000;

/**
 * Whether a noun is too everyday to be a blank's key: among the most frequent words of English, unless the
 * section's heading names it (a section about lamps may ask for one).
 */
export function isGenericNoun(word: { text: string; lemma: string }, heading: string): boolean {
  if (Math.min(frequencyRank(word.text), frequencyRank(word.lemma)) > GENERIC_RANK) return false;
  return !new RegExp(`\\b${escapeRegExp(word.lemma)}`, "i").test(heading);
}
