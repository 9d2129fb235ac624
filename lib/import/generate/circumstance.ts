import type { Sentence } from "./analysis";
import type { Entity } from "./entities";

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

/**
 * Verbs whose object or complement is the value a sentence reports: a result, change, cost, measure or finding
 * ("the repairs cost about 3.1 million dollars", "metabolism falls to less than 0.01 percent", "the survey found
 * 58 percent"). A figure governed by any other verb ("hired a new crew of six", "climbs 112 stairs") or by a
 * preposition ("with her three children", "at a height of 120 metres") is a detail beside the sentence's point.
 */
const RESULT_VERBS = new Set(
  (
    "be become remain stand cost total reach rise fall grow shrink drop increase decrease double triple " +
    "halve raise cut save lose gain record measure find show reveal estimate spend pay earn collect receive " +
    "take last weigh reduce decline retreat melt peak average number exceed top hit vote approve win score count " +
    "kill injure affect owe borrow lend charge sell buy"
  ).split(" "),
);
/**
 * Words between a result verb and its figure that leave the figure its object: hedges and comparisons ("about",
 * "less than", "up to", "more than"), the prepositions of change ("rose by", "fell to", "peaked at") and articles.
 */
const BRIDGE = new Set(
  (
    "about around roughly nearly almost approximately some just only over under more less fewer than up to by from " +
    "at least most a an the that estimated exactly precisely barely well as much many another further additional $ £ €"
  ).split(" "),
);
/** Figures that are values: counts, sums, shares, spans. Dates and years are judged by the rules below. */
const VALUE_KINDS = new Set(["quantity", "money", "percent", "duration"]);

/** Whether a figure sits inside a quotation of the sentence ("It is not fine if you are cooking for six"). */
function inQuote(e: Entity, s: Sentence): boolean {
  const before = s.text.slice(0, e.start - s.start);
  return (before.match(/["“”]/g) ?? []).length % 2 === 1 || /^["“]/.test(s.text);
}

/**
 * Whether a figure is the value of the sentence's main claim: the object or complement of a verb of result,
 * change, cost, measure or finding (through hedges only), or the subject the sentence opens with ("Roughly 4
 * percent of the city's main is cast iron"). An apposition (", 46,"), a prepositional adjunct ("with 38
 * passengers", "since 2017"), the object of another verb or a quotation is not.
 */
export function isMainClaimValue(e: Entity, s: Sentence): boolean {
  if (inQuote(e, s)) return false;
  let i = e.first - 1;
  while (i >= 0 && (BRIDGE.has(s.tokens[i]!.lemma) || s.tokens[i]!.pos === "ADV")) i--;
  if (i < 0) return e.kind !== "duration";
  if (isResultVerb(s.tokens[i]!)) return true;
  // "cost the city about $240,000", "cut that rate to about one in twenty": a short noun phrase between the verb
  // and its figure, when the verb takes two objects or a preposition of change leads to the figure.
  const bridged = s.tokens.slice(i + 1, e.first).some((t) => CHANGE_TO.has(t.lemma));
  for (let j = i, words = 0; j >= 0 && words < 6; j--, words++) {
    const t = s.tokens[j]!;
    if (isResultVerb(t)) return bridged || TWO_OBJECTS.has(t.lemma);
    if (!NOUN_PHRASE.has(t.pos)) return false;
  }
  return false;
}

/**
 * A figure set aside from what the sentence claims: an apposition (", 46,"), a quotation's fragment ("cooking for
 * six"), or the object of "with" or "of" ("with her three children", "a crew of six", "with 38 passengers").
 */
export function isAsideFigure(e: Entity, s: Sentence): boolean {
  if (inQuote(e, s)) return true;
  // A verbless phrase set off by a comma (", 46,", ", all 112 of them."): an aside on the claim.
  const from = s.tokens.findLastIndex((t, k) => k < e.first && t.text === ",");
  if (from >= 0) {
    let to = s.tokens.findIndex((t, k) => k > e.last && (t.text === "," || t.pos === "PUNCT"));
    if (to < 0) to = s.tokens.length;
    if (!s.tokens.slice(from + 1, to).some((t) => t.pos === "VERB" || t.pos === "AUX")) return true;
  }
  let i = e.first - 1;
  while (
    i >= 0 &&
    (BRIDGE.has(s.tokens[i]!.lemma) || s.tokens[i]!.pos === "ADV" || s.tokens[i]!.pos === "PRON")
  )
    i--;
  return i >= 0 && ASIDE_PREPOSITIONS.has(s.tokens[i]!.lemma);
}

const ASIDE_PREPOSITIONS = new Set(["with", "of"]);
const CHANGE_TO = new Set(["to", "by", "from", "at"]);
const TWO_OBJECTS = new Set(["cost", "save", "charge", "owe", "pay", "lend"]);
const NOUN_PHRASE = new Set(["DET", "PRON", "NOUN", "PROPN", "ADJ", "PART"]);

// The tagger reads "cost" in "the repairs cost about…" as a noun: a result word right before its figure is its
// verb all the same.
const isResultVerb = (t: { lemma: string; pos: string }) =>
  RESULT_VERBS.has(t.lemma) && (t.pos === "VERB" || t.pos === "AUX" || t.pos === "NOUN");

/**
 * A figure that is not the value of the sentence's main claim (isMainClaimValue) and stands aside from it
 * (isAsideFigure) is a circumstance. (Holding every figure to the main-claim rule alone left most short sections
 * with no false statement and their sets all True or failing the audit; see docs/question-generation.md.)
 */
export function isCircumstantial(e: Entity, s: Sentence, others: readonly Entity[]): boolean {
  if (VALUE_KINDS.has(e.kind) && !isMainClaimValue(e, s) && isAsideFigure(e, s)) return true;
  if (e.kind === "date" || e.kind === "time") {
    if (WEEKDAY.test(e.text) || SEASON.test(e.text) || PART_OF_DAY.test(e.text) || CLOCK.test(e.text))
      return true;
    if (MONTH_ONLY.test(e.text.trim())) return true;
  }
  // "If the first time a child…", "the last day": an ordinal of an idiom or of order in time, guessed from the stem.
  if (e.kind === "ordinal" && /^(?:the )?(?:first|last|next|second)$/i.test(e.text)) return true;
  const before = s.text.slice(0, e.start - s.start);
  if (METHOD_BEFORE.test(before)) return true;
  // "since 2017", "until 2029", a date in an apposition or a quotation: the time around a claim, not the claim.
  if (e.kind === "year" || e.kind === "date") {
    if (/\b(?:since|until|through|throughout)\s+$/i.test(before) || inQuote(e, s)) return true;
    if (/,\s*$/.test(before) && /^\s*,/.test(s.text.slice(e.end - s.start))) return true;
  }
  // "A widely shared 2015 study": the tagger reads a year before its noun as a count.
  const yearAsCount = e.kind === "quantity" && /^(?:1[5-9]\d\d|20\d\d)$/.test(e.text);
  if (e.kind === "year" || e.kind === "date" || yearAsCount) {
    // A study's or report's year, or a year beside the figure the sentence reports.
    if (SOURCE.test(s.text)) return true;
    // (A figure beside it counts only as the sentence's claim: "leaders of the two countries" is none.)
    if (others.some((o) => o !== e && FINDING_KINDS.has(o.kind) && isMainClaimValue(o, s))) return true;
  }
  // A count beside a percentage or sum: the percentage or sum is what was found ("a survey of 1,900 families …
  // 58 percent").
  if (e.kind === "quantity" && others.some((o) => o.kind === "percent" || o.kind === "money")) return true;
  return false;
}
