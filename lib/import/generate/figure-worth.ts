import type { Sentence, Token } from "./analysis";
import { isYear } from "./text";
import { isNameKind, type Entity } from "./entities";
import { figureOf } from "./true-false-figures";
import { sensesOf } from "../../language/wordnet";

/** A number that labels rather than counts or measures: "page 5", "Year 9", "Room 12", "No. 4". */
const LABEL_BEFORE =
  /\b(?:page|pages|p\.|no\.|number|year|grade|room|platform|gate|route|flat|unit|chapter|section)\s+$/i;
/** A house number: "4 Market Row", "12 Elm Street". */
const ADDRESS_AFTER =
  /^\s+[A-Z][a-z]+ (?:Row|Street|St|Road|Rd|Lane|Avenue|Ave|Square|Place|Close|Drive|Way|Terrace)\b/;
/** An age set beside a name ("Okonkwo-Lind, 46, is…") or said of oneself ("I am 16"). */
const AGE_APPOSED_BEFORE = /(?:[A-Z][\w'’-]+, |\b(?:I am|I'm|she is|he is|who is|aged?) )$/;
const AGE_APPOSED_AFTER = /^,/;
const CLOCK_AFTER = /^\s*(?:a\.?m\b|p\.?m\b|o'clock\b|hours?\b)/i;
/** How a study gathered its evidence ("visited 42 farms", "fixed 24 sensors", "looked at 64 studies"). */
const GATHERED =
  /\b(?:visit(?:ed|s)?|survey(?:ed|s)?|interview(?:ed|s)?|fix(?:ed|es)?|install(?:ed|s)?|plac(?:ed|es)|review(?:ed|s)?|look(?:ed|s)? at|analy[sz](?:ed|es)|sampl(?:ed|es)|recruit(?:ed|s)?|track(?:ed|s)?|follow(?:ed|s)?|test(?:ed|s)?|examin(?:ed|es)|collect(?:ed|s)?|gather(?:ed|s)?|studied \w+ \w+ in|measured \w+ (?:at|in|on))\s+(?:(?:the|some|about|around|nearly|almost|more than|over|a total of|roughly)\s+){0,2}$/i;
/** Inside a relative clause that describes someone or something ("…, who waited 40 minutes"): background. */
const IN_RELATIVE = /, (?:who|which|where|whose)\b[^,]*$/;
/** A result stated as a change or comparison: what a figure in the sentence is then about. */
const COMPARED =
  /\b(?:than|compared (?:with|to)|against|rose|fell|risen|fallen|grew|shrank|increased?|decreased?|dropped|doubled|halved|tripled|up from|down from|cooler|warmer|higher|lower|fewer|more|less)\b/i;
/** A name the speaker greets or thanks ("Thank you, Ruth, and good morning"): a courtesy, not content. */
const VOCATIVE_BEFORE =
  /\b(?:thank you|thanks|hello|good (?:morning|afternoon|evening)|dear|welcome|hi)[,!]?\s*$/i;
const PREPOSITION = /^(?:in|by|since|until|from|before|after|on)\s+/i;
/** WordNet's files of quantities ("metres", "litres") and of time ("hours", "days"). */
const QUANTITY_FILE = 23;
const TIME_FILE = 28;
/**
 * A noun of measure: its commonest sense a unit or a span of time, or two of its senses units ("degrees"). One
 * unit sense among others does not make one: "matches", "dams" and "fingers" each have one.
 */
function isMeasure(t: Token): boolean {
  const files = sensesOf(t.lemma, "noun").map((x) => x.lexFile);
  return (
    files[0] === QUANTITY_FILE ||
    files[0] === TIME_FILE ||
    files.filter((f) => f === QUANTITY_FILE).length >= 2
  );
}

const RANGE_OR_ADJECTIVE = /^(?:ADJ|NUM|CCONJ)$/;
/** Up to a dozen of something counted: "two mills", "a crew of six", "five members". */
const HANDFUL = 12;

/**
 * A handful of things counted, not measured: "built two mills", "interviews with two nurses", "five layers",
 * "aged 12 to 17". Of the tenth review's blanks and false statements on such a count, 20 of 24 were rework (a
 * detail nobody would teach, or a cue: "the three countries"); measures ("eleven kilometres", "eight hours") were
 * usable and are left alone. A measure is told by its noun, past a range's second figure and adjectives ("12 to
 * 24 hours", "five long days").
 */
function handfulCounted(s: Sentence, e: Entity): boolean {
  if (e.kind !== "quantity") return false;
  const n = figureOf(e.text);
  if (n === undefined || n > HANDFUL || /[.%]|\b(?:dozen|hundred|thousand|million|billion)/i.test(e.text))
    return false;
  // "£12 per square metre": a sum, and a rate.
  if (
    /[£$€¥]\s*$/.test(s.text.slice(0, e.start - s.start)) ||
    /^\s*per\b/i.test(s.text.slice(e.end - s.start))
  )
    return false;
  const noun = s.tokens
    .slice(e.last + 1)
    .find((t) => !RANGE_OR_ADJECTIVE.test(t.pos) && !/^(?:to|-|–)$/.test(t.text));
  return !(noun?.pos === "NOUN" && isMeasure(noun));
}

/**
 * How far a blank on this figure asks what its sentence reports: ranks a section's blanks, and at -2 or below the
 * figure is a detail nobody would teach. In the ninth review, every figure blank that this scores -2 or below was
 * trivial but two: a day of the month (meetings, a release), "since 2017", a year opening its sentence ("In 1801
 * the channel was drained": the draining is the news), labels, house numbers, ages and the size of a study's
 * sample ("fixed 24 sensors"); clock times were added after. Its usable figure blanks were mostly results stated
 * as a change or comparison, shares and sums. A name scores 0, or -3 when it is greeted or thanked.
 */
export function figureWorth(s: Sentence, e: Entity): number {
  const before = s.text.slice(0, e.start - s.start);
  const after = s.text.slice(e.end - s.start);
  if (isNameKind(e.kind)) return VOCATIVE_BEFORE.test(before) && /^\s*[,!.]/.test(after) ? -3 : 0;
  const bare = e.text.replace(PREPOSITION, "");
  // "14 January", "December 10" (not "March 1787", a month of a year).
  const dayOfMonth = e.kind === "date" && /\b\d{1,2}(?:st|nd|rd|th)?\b/.test(bare) && /[A-Za-z]/.test(bare);
  const since = /^since\b/i.test(e.text) || /\bsince\s+$/i.test(before);
  const age =
    /^\d{1,2}$/.test(bare) &&
    AGE_APPOSED_BEFORE.test(before) &&
    (AGE_APPOSED_AFTER.test(after) || /\b(?:am|is|I'm)\s+$/.test(before));
  // "from 8.30 am to 9.15 am": a clock time changed reads as made up ("7.32 am"), and a blank on it asks when.
  const clock = /^\d{1,2}[.:]\d\d$/.test(bare) && CLOCK_AFTER.test(after);
  if (dayOfMonth || since || age || clock || LABEL_BEFORE.test(before) || ADDRESS_AFTER.test(after))
    return -3;
  let worth = 0;
  const opensSentence = before.trim() === "" || PREPOSITION.test(`${before.trim()} `);
  if (isYear(bare)) worth -= opensSentence && before.trim().split(" ").length <= 1 ? 2 : 1;
  if (GATHERED.test(before)) worth -= 2;
  if (IN_RELATIVE.test(before)) worth -= 1;
  if (handfulCounted(s, e)) worth -= 2;
  if (e.kind === "percent" || e.kind === "money") worth += 1;
  if (COMPARED.test(s.text)) worth += 1;
  return worth;
}

/** A figure at or below this worth is not asked. */
export const UNTEACHABLE = -2;
