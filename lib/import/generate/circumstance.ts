import type { Sentence } from "./analysis";
import type { Entity } from "./entities";
import { isYear } from "./text";

/**
 * What a sentence is about is its finding, claim, cause or actor; the weekday, month, season or hour it happened,
 * the year a study came out and the size of a survey's sample are circumstances a teacher would not test (the
 * fourth review: "Lines … stretched around the block on _____ morning", a true/false edit changing only a
 * study's year, "a survey of _____ families" beside the 58 percent it found). Such a figure is neither blanked
 * nor changed to make a false statement; the sentence's other figures or nouns still can be.
 */
const WEEKDAY = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\b/i;
const MONTH_ONLY =
  /^(?:(?:in|on|by|during|since|until|last|this|next|early|late|mid-?)\s+)*(?:January|February|March|April|May|June|July|August|September|October|November|December)$/i;
const SEASON = /\b(?:spring|summer|autumn|fall|winter)s?\b/i;
const PART_OF_DAY = /\b(?:morning|afternoon|evening|night|noon|midnight|dawn|dusk|overnight|weekend)s?\b/i;
const CLOCK = /\b\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?|\b\d{1,2}:\d{2}\b|\bo'clock\b/i;

/** Nouns that name a time of day, week or year: "twenty minutes a _____", "deliveries arrived late all _____". */
export const TIME_NOUN =
  /^(?:morning|afternoon|evening|night|noon|midnight|dawn|dusk|weekend|weekday|day|week|month|year|decade|season|spring|summer|autumn|fall|winter|hour|minute)s?$/i;

/** Sources a sentence reports from: their year, month or size dates or sizes the source, not the finding. */
const SOURCE =
  /\b(?:study|studies|report|reports|survey|surveys|review|paper|analysis|census|poll|trial|experiment|research|data|figures|records|published|released|issued)\b/i;
/** Method details: how high, how often or how many a measurement was taken at. */
const METHOD_BEFORE =
  /\b(?:(?:survey|study|poll|sample|review|census|trial) of|height of|depth of|every|each|interval of)\s*$/i;

const FINDING_KINDS = new Set(["percent", "money", "quantity", "duration"]);

export function isCircumstantial(e: Entity, s: Sentence, others: readonly Entity[]): boolean {
  if (e.kind === "date" || e.kind === "time") {
    if (WEEKDAY.test(e.text) || SEASON.test(e.text) || PART_OF_DAY.test(e.text) || CLOCK.test(e.text))
      return true;
    if (MONTH_ONLY.test(e.text.trim())) return true;
  }
  // "If the first time a child…", "the last day": an ordinal of an idiom or of order in time, guessed from the stem.
  if (e.kind === "ordinal" && /^(?:the )?(?:first|last|next|second)$/i.test(e.text)) return true;
  const before = s.text.slice(0, e.start - s.start);
  if (METHOD_BEFORE.test(before)) return true;
  // "A widely shared 2015 study": the tagger reads a year before its noun as a count.
  const yearAsCount = e.kind === "quantity" && isYear(e.text);
  if (e.kind === "year" || e.kind === "date" || yearAsCount) {
    // A study's or report's year, or a year beside the figure the sentence reports.
    if (SOURCE.test(s.text)) return true;
    if (others.some((o) => o !== e && FINDING_KINDS.has(o.kind))) return true;
  }
  // A count beside a percentage or sum: the percentage or sum is what was found ("a survey of 1,900 families …
  // 58 percent").
  if (e.kind === "quantity" && others.some((o) => o.kind === "percent" || o.kind === "money")) return true;
  return false;
}
