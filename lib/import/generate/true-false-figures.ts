import type { Sentence, Token } from "./analysis";
import { datedAtBothEnds } from "./blank-worth";
import type { Entity } from "./entities";
import { COMPARATIVES } from "./true-false-edits";
import { sensesOf } from "../../language/wordnet";
import { YEAR_IN_TEXT } from "./text";

/**
 * Verbs whose object or complement is what the sentence found, cost, measured or changed: a figure right after
 * one ("cost about 3.1 million dollars", "rose by 4 percent", "counted 7,400 people") is the sentence's claim. A
 * figure elsewhere ("with 38 passengers", "Okonkwo-Lind, 46,", "in all four mills") is a detail a false
 * statement should not turn on: the sixth review found such edits trivial.
 */
const RESULT_VERBS = new Set(
  (
    "be become cost rise fall drop grow increase decrease reach total count record find measure weigh take last " +
    "need expect estimate save raise spend pay lose win score collect gather sign earn reduce cut double triple " +
    "average receive sell attract draw kill injure hire employ build plant produce gain shrink climb jump exceed " +
    "register report add require use consume cover travel carry serve lift sink remove borrow owe charge"
  ).split(" "),
);

/** Words that may stand between such a verb and its figure: "about", "an average of", "by", "to", "$". */
const BETWEEN = new Set(
  "about around nearly almost roughly approximately some an a the average of by to just only $ £ €".split(
    " ",
  ),
);
/** A bound ("more than 300", "up to 400") is no claim of a value: another figure may still satisfy it. */
const BOUND = new Set("more fewer less than up least most over under above below".split(" "));

/** The kinds of figure a false statement may change: never a year, date, clock time or ordinal. */
const CLAIM_KINDS = new Set(["money", "percent", "quantity", "duration"]);

/**
 * Whether entity `e` of `s` is a figure a false statement may change at all: an amount, share, count or span, no
 * year, date, clock time or ordinal (the sixth review's trivial edits), and no bound.
 */
export function isEditableFigure(s: Sentence, e: Entity): boolean {
  if (!CLAIM_KINDS.has(e.kind) || TIME_LIKE.test(e.text)) return false;
  // A bare number after "at", "since" or "until" is a clock time or a year ("lights switched off at 9").
  if (/^\d+$/.test(e.text) && /^(?:at|since|until|till)$/i.test(s.tokens[e.first - 1]?.text ?? ""))
    return false;
  const before = s.tokens.slice(Math.max(0, e.first - 2), e.first + 1).map((t) => t.text.toLowerCase());
  if (before.some((w) => BOUND.has(w))) return false;
  // A span the sentence also dates at both ends is fixed by them: changed, the statement contradicts itself.
  return !datedAtBothEnds(s, e);
}

/** "7 per cent more than", "three times higher than": the figure measures the sentence's comparison. */
function measuresComparison(s: Sentence, e: Entity): boolean {
  const after = s.tokens.slice(e.last + 1, e.last + 5).map((t) => t.text.toLowerCase());
  const than = after.indexOf("than");
  // Only words the edits know as comparatives: "other than", "rather than", "after" are none.
  return than > 0 && after.slice(0, than).some((w) => COMPARATIVES.has(w) || /^(?:more|less|fewer)$/.test(w));
}

/** A clock time or a year written as a bare figure ("8 p.m.", "2024"). */
const TIME_LIKE = new RegExp(
  `\\b(?:a\\.m\\.|p\\.m\\.|o'clock|noon|midnight)|${YEAR_IN_TEXT.source}(?![,.]\\d)`,
  "i",
);

/** Whether entity `e` of `s` is the value of the sentence's claim (see RESULT_VERBS), not a bound or an aside. */
export function isClaimFigure(s: Sentence, e: Entity): boolean {
  if (!isEditableFigure(s, e)) return false;
  if (measuresComparison(s, e)) return true;
  const tokens = s.tokens;
  let j = e.first - 1;
  while (j >= 0 && BETWEEN.has(tokens[j]!.text.toLowerCase())) j--;
  for (let k = j + 1; k <= e.first; k++) if (BOUND.has(tokens[k]!.text.toLowerCase())) return false;
  const verb = tokens[j];
  if (!verb || BOUND.has(verb.text.toLowerCase())) return false;
  // "The repairs cost about $150,000": a tagger may read such a verb after its subject as a noun.
  const misread =
    verb.pos === "NOUN" && RESULT_VERBS.has(verb.lemma) && /^(?:NOUN|PROPN)$/.test(tokens[j - 1]?.pos ?? "");
  if (verb.pos !== "VERB" && verb.pos !== "AUX" && !misread) return false;
  // In a relative clause ("…, which carries about 11,000 vehicles a day") the figure describes a noun.
  const subject = tokens
    .slice(0, j)
    .filter((t) => t.pos !== "ADV" && t.pos !== "AUX" && t.pos !== "PART")
    .at(-1);
  if (subject && /^(?:which|who|that|where)$/i.test(subject.text)) return false;
  // "warmed by about 2.2 degrees": any verb's change measured by "by" in a unit ("donated by four supermarket
  // chains" names who did it).
  const change =
    tokens.slice(j + 1, e.first).some((t) => t.text.toLowerCase() === "by") &&
    (e.kind === "percent" || e.kind === "money" || isUnit(tokens[e.last + 1]));
  return change || RESULT_VERBS.has(verb.lemma);
}

/** A unit of measure ("degrees", "metres", "litres"): WordNet files it under quantities. */
const isUnit = (t: Token | undefined) =>
  !!t && t.pos === "NOUN" && sensesOf(t.lemma, "noun").some((x) => x.lexFile === QUANTITY_FILE);
const QUANTITY_FILE = 23;

const WORD_NUMBERS = new Map(
  (
    "one 1 two 2 three 3 four 4 five 5 six 6 seven 7 eight 8 nine 9 ten 10 eleven 11 twelve 12 fifteen 15 " +
    "twenty 20 thirty 30 forty 40 fifty 50 sixty 60 seventy 70 eighty 80 ninety 90 hundred 100"
  )
    .split(" ")
    .reduce<[string, number][]>((out, w, i, all) => (i % 2 ? out : [...out, [w, Number(all[i + 1])]]), []),
);

/** The first figure of a text, in digits or words ("about 1,400", "nearly seventy years"). */
export function figureOf(text: string): number | undefined {
  const digits = /\d[\d,]*(?:\.\d+)?/.exec(text);
  if (digits) return Number(digits[0].replace(/,/g, ""));
  const word = text
    .toLowerCase()
    .split(/[\s-]+/)
    .find((w) => WORD_NUMBERS.has(w));
  return word === undefined ? undefined : WORD_NUMBERS.get(word);
}

/** A made-up figure this many times the article's, or a fraction as small, is false on its face. */
const PLAUSIBLE_RATIO = 3;

/**
 * Whether a figure can stand for another without being false at sight: "took nearly seventy years" for a canal
 * dug in five, "stakes drilled 120 metres" for 8 were the reviews' examples.
 */
export function plausibleFigure(original: string, replacement: string): boolean {
  const a = figureOf(original);
  const b = figureOf(replacement);
  if (a === undefined || b === undefined || a <= 0 || b <= 0) return true;
  return Math.max(a, b) / Math.min(a, b) <= PLAUSIBLE_RATIO;
}

/** Words after a figure that make it a time offset ("opened three years later"): when, not what. */
const OFFSET = /^(?:later|earlier|ago|after|before|afterwards|on)$/i;

/**
 * Whether figure `e` of `s` is a detail of the sentence rather than what it claims, so a false statement may not
 * change it even where nothing else can be turned: the seventh review marked every such edit rework. A figure in
 * an "of" after a noun ("in shifts of eight", "a grant of £640,000"), a price before the thing priced ("a $15
 * contact microphone"), a time offset ("three years later") or an aside in commas (", 46,").
 */
export function incidentalFigure(s: Sentence, e: Entity): boolean {
  const tokens = s.tokens;
  if (OFFSET.test(tokens[e.last + 1]?.text ?? "")) return true;
  let k = e.first - 1;
  while (k >= 0 && /^(?:ADV|DET|SYM|ADJ)$/.test(tokens[k]!.pos)) k--;
  const before = tokens[k];
  // "of" after a noun measures that noun ("shifts of eight", "a grant of"); "from a $15 contact microphone"
  // prices a thing the sentence only mentions.
  if (/^of$/i.test(before?.text ?? "") && tokens[k - 1]?.pos === "NOUN") return true;
  if (e.kind === "money" && tokens[e.last + 1]?.pos === "NOUN") return true;
  return before?.text === "," && tokens[e.last + 1]?.text === ",";
}
