import type { Sentence } from "./analysis";
import type { Article } from "./article";
import { isNameKind, type Entity } from "./entities";
import { DECADE, LEAD, MONTH } from "./made-up-figures";
import { YEAR_IN_TEXT } from "./text";

/**
 * Whether a percentage option is as believable as the key: "99 percent" beside a key of 58 is set aside at sight
 * (seventh review), so an option near the ends of the scale is offered only with a key near that end.
 */
export function percentFits(key: number, option: number): boolean {
  if (option >= 95 && key < 90) return false;
  if (option <= 5 && key > 10) return false;
  return true;
}

const YEARS_IN_TEXT = new RegExp(YEAR_IN_TEXT, "g");
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
    for (const m of s.text.matchAll(YEARS_IN_TEXT)) now = Math.max(now ?? 0, Number(m[0]));
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
  const k = YEAR_IN_TEXT.exec(key)?.[0];
  const o = YEAR_IN_TEXT.exec(option)?.[0];
  if (now === undefined || !k || !o) return true;
  return Number(k) > now === Number(o) > now;
}

/**
 * Whether a candidate entity is of the key's kind: a person for a person, a number of the same unit. Options shown
 * side by side also share the key's form and era; a single swap that makes a statement false need not.
 */
export function sameKind(key: Entity, other: Entity, shownTogether: boolean): boolean {
  if (key.kind !== other.kind) return false;
  // A name of unknown kind could be a person or a place ("Donald Trump" among places), and a people's adjective
  // ("Russian") reads wrongly in most slots: neither is offered or swapped.
  if (key.kind === "name" || key.kind === "nationality") return false;
  // "the United States" takes its article, "Afghanistan" none: only a name written the same way fits the slot.
  if (isNameKind(key.kind))
    return (
      Boolean(key.withThe) === Boolean(other.withThe) &&
      (key.kind !== "place" || key.nameClass === other.nameClass)
    );
  // "1980s" takes a decade, never "1989s" or a single year; "a fifteen-minute task" takes "ten-minute", not
  // "ten minutes" (only the key would fit "a _____ task").
  if (DECADE.test(key.text) !== DECADE.test(other.text)) return false;
  // "around 1450" among "1462" and "877", "by December 15" among "November 4": one option of another form.
  if (shownTogether && leadOf(key.text) !== leadOf(other.text)) return false;
  if (shownTogether && key.kind === "year" && !sameEra(key.text, other.text)) return false;
  if (/\w-\w/.test(key.text) !== /\w-\w/.test(other.text)) return false;
  if (key.kind === "quantity")
    return (
      // A count of nothing named ("pupils under fifty", the fifty from a minutes cap) takes only figures made up
      // near it: another of the article's unnamed counts may count anything.
      Boolean(key.unit) &&
      key.unit === other.unit &&
      SPECIFIC.test(other.text) &&
      /\d/.test(key.text) === /\d/.test(other.text) &&
      isOne(key.text) === isOne(other.text) &&
      sameScale(key.text, other.text)
    );
  if (key.kind === "money" || key.kind === "percent") return scaleWord(key.text) === scaleWord(other.text);
  // A span is a count of its unit: "the same years" is no length of time beside "six years".
  if (key.kind === "duration" && !COUNTED.test(other.text)) return false;
  if (key.kind === "date" || key.kind === "duration" || key.kind === "time")
    return dateShape(key.text) === dateShape(other.text);
  return true;
}

const COUNTED =
  /\d|\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|half|dozen)\b/i;
const WEEKDAY = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b/;
const SEASON = /\b(?:spring|summer|autumn|fall|winter)\b/i;

/** A date's shape: a weekday goes with weekdays, "March 1821" with month-and-year, "winter" with seasons. */
function dateShape(text: string): string {
  const unit = /\b(second|minute|hour|day|week|fortnight|month|year|decade|century)s?\b/i
    .exec(text)?.[1]
    ?.toLowerCase();
  return [
    WEEKDAY.test(text) ? "weekday" : "",
    MONTH.test(text) ? "month" : "",
    SEASON.test(text) ? "season" : "",
    /\d{4}/.test(text) ? "year" : "",
    /\d/.test(text) ? "digits" : "words",
    unit ?? "",
  ].join("|");
}

/**
 * Figures of one scale, written alike: "1.4" (metres a year) among "8" and "120" is the only decimal and of
 * another order, so a student picks it without reading.
 */
function sameScale(a: string, b: string): boolean {
  if (/\d\.\d/.test(a) !== /\d\.\d/.test(b)) return false;
  const x = Number(/\d[\d,]*(?:\.\d+)?/.exec(a)?.[0].replace(/,/g, ""));
  const y = Number(/\d[\d,]*(?:\.\d+)?/.exec(b)?.[0].replace(/,/g, ""));
  if (!x || !y) return true;
  return Math.max(x, y) / Math.min(x, y) <= 20;
}

/** The hedge or preposition a figure is written with ("around ", "by "), lower case. */
const leadOf = (text: string) => (LEAD.exec(text)?.[0] ?? "").toLowerCase().replace(/\s+/g, " ");

/** Years of one event's era: 1994 (a historian's book) is no option for Harcourt's letters of 1847. */
const ERA = 30;
const sameEra = (a: string, b: string) => {
  const x = Number(/\d{3,4}/.exec(a)?.[0]);
  const y = Number(/\d{3,4}/.exec(b)?.[0]);
  return !x || !y || Math.abs(x - y) <= ERA;
};

/** A figure a count can be: digits or a number word from two up, not "zero", "hundreds", "dozens", "several". */
const SPECIFIC =
  /\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)\b/i;

/** "one square metre" takes no other figure than one without its noun turning plural. */
const isOne = (text: string) => /^(?:one|1|a|an|a single|single)$/i.test(text.trim());

const scaleWord = (s: string) => /\b(thousand|million|billion|trillion)\b/i.exec(s)?.[1]?.toLowerCase() ?? "";
