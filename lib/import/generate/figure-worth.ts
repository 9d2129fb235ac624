import type { Sentence } from "./analysis";
import { isYear } from "./text";
import { isNameKind, type Entity } from "./entities";

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
const PREPOSITION = /^(?:in|by|since|until|from|before|after|on)\s+/i;

/**
 * How far a blank on this figure asks what its sentence reports: ranks a section's blanks, and at -2 or below the
 * figure is a detail nobody would teach. In the ninth review, every figure blank that this scores -2 or below was
 * trivial but two: a day of the month (meetings, a release), "since 2017", a year opening its sentence ("In 1801
 * the channel was drained": the draining is the news), labels, house numbers, ages and the size of a study's
 * sample ("fixed 24 sensors"); clock times were added after. Its usable figure blanks were mostly results stated
 * as a change or comparison, shares and sums. A name scores 0.
 */
export function figureWorth(s: Sentence, e: Entity): number {
  if (isNameKind(e.kind)) return 0;
  const before = s.text.slice(0, e.start - s.start);
  const after = s.text.slice(e.end - s.start);
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
  if (e.kind === "percent" || e.kind === "money") worth += 1;
  if (COMPARED.test(s.text)) worth += 1;
  return worth;
}

/** A figure at or below this worth is not asked. */
export const UNTEACHABLE = -2;
