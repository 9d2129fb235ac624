import type { Sentence, Token } from "./analysis";
import { givenAway, type Article } from "./article";
import type { Entity } from "./entities";
import { datedAtBothEnds } from "./blank-worth";
import { sideNamedElsewhere, turnBlocked } from "./true-false-cues";
import { sensesOf } from "../../language/wordnet";
import { escapeRegExp } from "./text";

/** A meaning edit of a sentence: its text with one word turned, and what changed ("rose, not fell"). */
export type MeaningEdit = { text: string; how: string; change: string };

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
const TIME_LIKE = /\b(?:a\.m\.|p\.m\.|o'clock|noon|midnight)|\b(?:1[0-9]|20)\d\d\b(?![,.]\d)/i;

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
/** Natural phenomena ("rain", "snow"): their "fall" is no direction to turn ("how much rain fell"). */
const PHENOMENON_FILE = 19;

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

const pairs = (list: string) => {
  const out = new Map<string, string>();
  for (const pair of list.split(" ")) {
    const [a, b] = pair.split("/") as [string, string];
    out.set(a, b);
    out.set(b, a);
  }
  return out;
};

/** Comparatives and their opposites, turned only where "than" follows (the article gives both sides). */
const COMPARATIVES = pairs(
  "higher/lower larger/smaller bigger/smaller faster/slower earlier/later longer/shorter older/younger " +
    "better/worse warmer/colder heavier/lighter stronger/weaker wider/narrower richer/poorer easier/harder " +
    "noisier/quieter greater/smaller",
);

/** Verbs of a direction or an outcome and their opposites, by written form. */
const DIRECTIONS = pairs(
  "rose/fell risen/fallen rise/fall rises/falls rising/falling increased/decreased increase/decrease " +
    "increases/decreases increasing/decreasing grew/shrank grown/shrunk grow/shrink grows/shrinks " +
    "growing/shrinking improved/worsened improve/worsen improves/worsens improving/worsening " +
    "supported/opposed support/oppose supports/opposes supporting/opposing approved/rejected approve/reject " +
    "approves/rejects strengthened/weakened strengthen/weaken widened/narrowed accelerated/slowed",
);

/** Sides of a debate: a view given to the other side ("Trump's supporters defended…" → "Trump's critics…"). */
const SIDES = pairs(
  "backers/critics supporters/critics supporter/critic proponents/opponents proponent/opponent advocates/opponents " +
    "advocate/opponent",
);

/** A particle that makes the verb another ("grew up", "fall asleep", "falling apart"): no opposite there. */
const PARTICLE = new Set(
  (
    "up down apart asleep out off behind short over back through ill in onto into from to above below across " +
    "toward towards on higher lower further"
  ).split(" "),
);
/** Past participles that after a noun describe it ("cells grown in the laboratory"): no outcome to turn. */
const PARTICIPLE = /^(?:grown|shrunk|risen|fallen)$/i;

const sameCase = (word: string, like: string) =>
  /^[A-Z]/.test(like) ? word.charAt(0).toUpperCase() + word.slice(1) : word;

const replaced = (s: Sentence, t: Token, by: string) =>
  s.text.slice(0, t.start - s.start) + sameCase(by, t.text) + s.text.slice(t.end - s.start);

/** A word a false statement turns: an outcome, a comparison or a side. */
const isTurnable = (w: string) =>
  DIRECTIONS.has(w) || COMPARATIVES.has(w) || SIDES.has(w) || /^(?:more|fewer|less)$/.test(w);

const isFigure = (t: Token | undefined) => !!t && (t.pos === "NUM" || /^\d/.test(t.text));

/**
 * The sentence's comparison reversed ("more ice than" → "less ice than", "higher than" → "lower than"): false
 * only to a reader who knows which side the article puts first. Not a bound ("more than 300"), and not where the
 * comparison's word is in the title or heading (false from the headline).
 */
export function reversedComparison(article: Article, s: Sentence): MeaningEdit | undefined {
  if (/["“”]/.test(s.text)) return undefined;
  const tokens = s.tokens;
  for (const [i, t] of tokens.entries()) {
    const word = t.text.toLowerCase();
    const than = tokens.slice(i + 1, i + 8).findIndex((x) => x.text.toLowerCase() === "than");
    if (than < 0 || tokens.slice(i + 1, i + 1 + than).some((x) => x.pos === "PUNCT")) continue;
    // A bound ("more than $3 million", "more than half") is no comparison of two things the article names.
    const after = tokens.slice(i + 2, i + 4);
    if (than === 0 && (after.some(isFigure) || /^(?:half|a|twice|double)$/i.test(after[0]?.text ?? "")))
      continue;
    if (/^(?:no|not|any)$/i.test(tokens[i - 1]?.text ?? "")) continue;
    let by: string | undefined;
    if (word === "more") {
      // "more visits than" → "fewer"; "more ice than", "more likely than" → "less".
      const next = tokens[i + 1]!;
      // "…1,900 visits each Sunday, more than on any weekday": the noun before the comma is what is counted;
      // "matters more than" compares no count.
      const noun =
        than === 0
          ? tokens[i - 1]?.text === ","
            ? [...tokens.slice(0, i)].reverse().find((x) => x.pos === "NOUN")
            : undefined
          : next;
      by = noun?.pos === "NOUN" && noun.text !== noun.lemma && /s$/i.test(noun.text) ? "fewer" : "less";
    } else if (word === "fewer" || word === "less") by = "more";
    else by = COMPARATIVES.get(word);
    if (!by || givenAway(article, s, t.text) || turnBlocked(s, i, isTurnable)) continue;
    return { text: replaced(s, t, by), how: "comparison", change: `${t.text}, not ${by}` };
  }
  return undefined;
}

/**
 * The sentence's outcome or direction turned ("test scores rose" → "fell", "would support" → "would oppose"), or
 * its view given to the other side ("supporters" → "critics").
 * Not with a figure right after the verb ("won two of their last five" need not be false as "lost two") nor a
 * range of figures ("rose from 10 to 20" turned is false on its face), nor a word of the title or heading.
 */
export function reversedDirection(article: Article, s: Sentence): MeaningEdit | undefined {
  if (/["“”]/.test(s.text)) return undefined;
  const tokens = s.tokens;
  for (const [i, t] of tokens.entries()) {
    const side = t.pos === "NOUN" ? SIDES.get(t.text) : undefined;
    if (
      side &&
      !givenAway(article, s, t.text) &&
      !s.text.includes(side) &&
      !turnBlocked(s, i, isTurnable) &&
      !sideNamedElsewhere(article.sentences, s, side)
    )
      return { text: replaced(s, t, side), how: "side", change: `${t.text}, not ${side}` };
    if (t.pos !== "VERB" || !/^[a-z]/.test(t.text)) continue;
    const by = DIRECTIONS.get(t.text);
    if (!by) continue;
    if (PARTICLE.has(tokens[i + 1]?.text.toLowerCase() ?? "")) continue;
    if (PARTICIPLE.test(t.text) && tokens[i - 1]?.pos === "NOUN") continue;
    // A purpose ("votes are needed to approve") or a condition ("If the plan is rejected") is no outcome.
    if (tokens[i - 1]?.text.toLowerCase() === "to") continue;
    if (tokens.slice(0, i).some((x) => /^(?:if|unless|whether)$/i.test(x.text))) continue;
    const subject = tokens
      .slice(0, i)
      .filter((x) => x.pos === "NOUN")
      .at(-1);
    if (subject && sensesOf(subject.lemma, "noun")[0]?.lexFile === PHENOMENON_FILE) continue;
    // A figure just after ("rises to less than 0.01 percent") is where the edit would be judged: by the number.
    if (tokens.slice(i + 1, i + 5).some(isFigure)) continue;
    const after = s.text.slice(t.end - s.start);
    if (/\bfrom\b[^,;]*\d[^,;]*\bto\b[^,;]*\d/.test(after)) continue;
    if (givenAway(article, s, t.text) || givenAway(article, s, by) || turnBlocked(s, i, isTurnable)) continue;
    return { text: replaced(s, t, by), how: "direction", change: `${t.text}, not ${by}` };
  }
  return undefined;
}

const CAUSE = /^([A-Z][^,;:"“”]{15,}?),? because ([^,;:"“”]{15,})([.!?])$/;
const REFERS_BACK = /\b(?:he|she|it|they|him|her|them|his|its|their|this|that|these|those|which|who)\b/i;

/**
 * Cause and effect exchanged ("The lot floods because the river rises." → "The river rises because the lot
 * floods."): both halves must be clauses of their own, naming what they speak of (no pronoun or "that").
 */
export function swappedCause(s: Sentence, isName: (text: string) => boolean): MeaningEdit | undefined {
  const m = CAUSE.exec(s.text);
  if (!m) return undefined;
  const [, effect, cause, end] = m as unknown as [string, string, string, string];
  if (REFERS_BACK.test(effect) || REFERS_BACK.test(cause)) return undefined;
  const hasVerb = (part: string) =>
    s.tokens.some(
      (t) => (t.pos === "VERB" || t.pos === "AUX") && new RegExp(`\\b${escapeRegExp(t.text)}\\b`).test(part),
    );
  if (!hasVerb(effect) || !hasVerb(cause)) return undefined;
  const lowered = isName(effect) ? effect : effect.charAt(0).toLowerCase() + effect.slice(1);
  return {
    text: `${cause.charAt(0).toUpperCase()}${cause.slice(1)} because ${lowered}${end}`,
    how: "cause",
    change: "cause and effect exchanged",
  };
}

const TITLE = /\b(?:Dr|Mr|Mrs|Ms|Professor|Councillor|Councilor|Mayor|Senator|Judge|Coach|Captain)\.? $/;
const SPEECH = /^,? (?:said|says|told|added|explained|argued|wrote)\b/;

/**
 * Whether the article writes `name` as a person's: by surname alone elsewhere, with a title or a role before it
 * ("goalkeeper Liam Doherty"), or saying something. A team or firm named like a person ("Kestrel Vale") is not,
 * and swapped for a goalkeeper it was false on its face (the sixth review).
 */
export function writtenAsPerson(article: Article, name: string): boolean {
  const surname = name.split(" ").at(-1)!;
  const alone = [...article.text.matchAll(new RegExp(`\\b${escapeRegExp(surname)}\\b`, "g"))].length;
  const whole = [...article.text.matchAll(new RegExp(`\\b${escapeRegExp(name)}\\b`, "g"))].length;
  if (name.includes(" ") && alone > whole) return true;
  for (const s of article.sentences) {
    const at = s.text.indexOf(name);
    if (at < 0) continue;
    const before = s.text.slice(0, at);
    if (TITLE.test(before) || SPEECH.test(s.text.slice(at + name.length))) return true;
    const prev = s.tokens.filter((t) => t.end - s.start <= at).at(-1);
    if (prev && prev.pos === "NOUN" && /^[a-z]/.test(prev.text) && before.endsWith(`${prev.text} `))
      return true;
  }
  return false;
}
