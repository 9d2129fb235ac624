import type { Sentence, Token } from "./analysis";
import { givenAway, type Article } from "./article";
import { sideNamedElsewhere, turnBlocked } from "./true-false-cues";
import { sensesOf } from "../../language/wordnet";
import { escapeRegExp } from "./text";

/** A meaning edit of a sentence: its text with one word turned, and what changed ("rose, not fell"). */
export type MeaningEdit = { text: string; how: string; change: string };

/** Natural phenomena ("rain", "snow"): their "fall" is no direction to turn ("how much rain fell"). */
const PHENOMENON_FILE = 19;

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
export const COMPARATIVES = pairs(
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
