import type { Sentence, Token } from "./analysis";

/** Function words and words too common to be what a sentence is about. */
export const FUNCTION_POS = new Set([
  "DET",
  "ADP",
  "AUX",
  "CCONJ",
  "SCONJ",
  "PRON",
  "PART",
  "PUNCT",
  "SYM",
  "INTJ",
  "X",
  "SPACE",
]);

export const CONTENT_POS = new Set(["NOUN", "PROPN", "VERB", "ADJ", "ADV", "NUM"]);

/** `text` as a regular expression that matches it literally. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The same text but for case. */
export const sameText = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Whether either text holds the other, but for case ("bee" and "Honeybees"). */
export const overlaps = (a: string, b: string) => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x.includes(y) || y.includes(x);
};

/** Whether two texts share a word longer than two letters, but for case. */
export const sharesWord = (a: string, b: string) => {
  const w = new Set(a.toLowerCase().split(/\s+/));
  return b
    .toLowerCase()
    .split(/\s+/)
    .some((x) => x.length > 2 && w.has(x));
};

/**
 * Whether a word, or its plural, is a word of the title ("honeybee" of "Why Honeybees Are Dying"), never a part of
 * one ("ant" of "Important").
 */
export function titleNames(title: string): (word: string) => boolean {
  const words = new Set(title.toLowerCase().split(/[^\p{L}\p{N}-]+/u));
  return (word) => {
    const w = word.toLowerCase();
    return [w, `${w}s`, `${w}es`, w.replace(/y$/, "ies")].some((form) => words.has(form));
  };
}

export const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Titles written before a name ("Councillor Oduya", "Dr. Osei"), lower case and without a full stop. */
export const TITLES = new Set(
  "mr mrs ms miss mx dr doctor professor prof mayor president senator governor captain chief director minister judge sir lady lord reverend rev coach principal superintendent commissioner officer sergeant general colonel councillor councilor alderman congressman congresswoman representative rep sen gov lt sgt det detective inspector constable father sister brother dame".split(
    " ",
  ),
);

/** Lower-cases a clause's first letter unless it starts a name, a title before a name ("Professor Osei") or "I". */
export function lowerFirst(s: string, firstToken?: Token): string {
  if (firstToken && (firstToken.pos === "PROPN" || firstToken.text === "I")) return s;
  const title = /^([A-Za-z]+)\.? [A-Z]/.exec(s)?.[1];
  if (title && TITLES.has(title.toLowerCase())) return s;
  if (/^[A-Z]{2,}/.test(s)) return s;
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** Content lemmas of a sentence (nouns, verbs, adjectives, names), for overlap and centrality. */
export function contentLemmas(s: Sentence): string[] {
  return s.tokens
    .filter((t) => CONTENT_POS.has(t.pos) && t.pos !== "NUM" && /^[a-z]/i.test(t.text) && t.lemma.length > 2)
    .map((t) => t.lemma);
}

/** Up to `words` words around [start, end) of the sentence, for feedback that says where a choice comes from. */
export function windowAround(s: Sentence, start: number, end: number, words = 5): string {
  const i = s.tokens.findIndex((t) => t.start >= start);
  const j = s.tokens.findIndex((t) => t.end >= end);
  const from = s.tokens[Math.max(0, i - words)]!;
  const to = s.tokens[Math.min(s.tokens.length - 1, (j < 0 ? s.tokens.length - 1 : j) + words)]!;
  const piece = s.text.slice(from.start - s.start, to.end - s.start).replace(/[\s,;:]+$/, "");
  const pre = from.start > s.start ? "…" : "";
  const post = to.end < s.end ? "…" : "";
  return `${pre}${piece}${post}`;
}

/** The sentence with [start, end) replaced. */
export function replaceSpan(s: Sentence, start: number, end: number, by: string): string {
  return s.text.slice(0, start - s.start) + by + s.text.slice(end - s.start);
}

/** A statement, not a fragment: a verb before any "when", "which" or "that" opens a clause. */
export function hasMainVerb(s: Sentence): boolean {
  for (const t of s.tokens) {
    if (t.pos === "VERB" || t.pos === "AUX") return true;
    if (t.pos === "SCONJ" || ["when", "which", "who", "that", "where"].includes(t.lemma)) return false;
  }
  return false;
}

/**
 * Whether an ordering item's answer shows without the passage: its items already in alphabetical order, or in
 * order of length (the audit's passage-blind habits for ordering).
 */
export function orderGivenAway(items: readonly string[]): boolean {
  const same = (sorted: string[]) => sorted.every((x, i) => x === items[i]);
  return (
    same([...items].sort((a, b) => a.localeCompare(b, "en"))) ||
    same([...items].sort((a, b) => a.length - b.length)) ||
    same([...items].sort((a, b) => b.length - a.length))
  );
}

/**
 * A year written as a bare figure, 1500 to 2099, to build patterns on: below 1500 a four-digit figure is read as a
 * count.
 */
export const YEAR = /(?:1[5-9]\d\d|20\d\d)/;
/** A year standing alone in a text ("in 1874,"), not part of a longer figure. */
export const YEAR_IN_TEXT = new RegExp(`\\b${YEAR.source}\\b`);
const YEAR_ALONE = new RegExp(`^${YEAR.source}$`);
/** Whether the text is a year and nothing else ("1874"). */
export const isYear = (text: string) => YEAR_ALONE.test(text);

/**
 * The writer or the reader in the sentence ("I", "our", "you"): no statement about what the article reports. Not
 * "mine", which is as often the noun ("a copper mine").
 */
export const FIRST_PERSON = /\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Oo]ur|[Uu]s|[Yy]ou|[Yy]our)\b/;

/** A longer sentence makes an unreadable question once quoted in a prompt or an option. */
export const MAX_QUOTED_CHARS = 300;

/** Signs of a sentence that would read badly once quoted or edited. */
export function readsBadly(text: string): boolean {
  return (
    text.length > MAX_QUOTED_CHARS ||
    /\b(\w+)\s+\1\b/i.test(text) ||
    /\s{2,}/.test(text) ||
    /…|\.\.\./.test(text) ||
    /^\W*(?:\d{1,3}\.|•)\s/.test(text) ||
    (text.match(/["“”]/g)?.length ?? 0) % 2 === 1 ||
    (text.match(/\(/g)?.length ?? 0) !== (text.match(/\)/g)?.length ?? 0)
  );
}

/** What a reader is told to do, not what the article says: "You can read more…", "edited for length". */
export const ASIDE =
  /\b(?:read more|edited for (?:length|clarity)|subscribe|sign up|newsletter|click|follow us|share this|contributed to this report)\b/i;
