import type { Sentence } from "./analysis";
import { citeSentence, type Article, type Draft } from "./article";
import { FIRST_PERSON, lowerFirst, readsBadly, upperFirst } from "./text";

/** A cause and its effect as one sentence states them, each a clause. */
export type CauseEffect = { cause: string; effect: string; sentence: Sentence };

const clause = (s: string) =>
  s
    .trim()
    .replace(/[.!?]$/, "")
    .replace(/^,\s*/, "")
    .replace(LIST_OPENER, "");

/**
 * A list's ordinal or a discourse connective opening a clause ("Third, it would be paired with…", the fifth
 * review's phone-bans option): it belongs to the paragraph's list, not to the cause or effect.
 */
const LIST_OPENER =
  /^(?:First|Firstly|Second|Secondly|Third|Thirdly|Fourth|Fifth|Finally|Lastly|Next|Then|Also|And|But|However|In addition|Moreover|Besides)(?:ly)?,?\s+/;
/** A clause opening on a pronoun needs the sentence before it to say what it is about. */
const PRONOUN_OPENER = /^(?:it|this|that|they|he|she|these|those|its|their|his|her|there)\b/i;
const words = (s: string) => s.split(/\s+/).length;
const NEGATED = /\b(?:not|never|no longer)\b|n['’]t\b/i;

// Connectives, each with which side of it is the cause.
const PATTERNS: { re: RegExp; cause: 1 | 2 }[] = [
  { re: /^(.+?),? because (?:of )?(.+)$/, cause: 2 },
  { re: /^Because (?:of )?(.+?), (.+)$/, cause: 1 },
  { re: /^(.+?), so (?:that )?(.+)$/, cause: 1 },
  // A comma before "which": without one it opens a relative clause ("The storm which caused the damage moved north").
  {
    re: /^(.+?)(?:, which|,? and this|,? and that) (?:led to|caused|meant that|resulted in) (.+)$/,
    cause: 1,
  },
  // (Not a passive "caused by", whose agent is the cause and whose subject the effect; nor a relative clause's
  // verb, "The food that causes smells will be collected", which names a thing and links no cause to an effect.)
  {
    re: /^(.+?)(?<!\b(?:that|which|who)) (?:led to|leads to|caused(?! by)|causes(?! by)|resulted in|results in) (.+)$/,
    cause: 1,
  },
  { re: /^(.+?),? (?:due to|as a result of|thanks to) (.+)$/, cause: 2 },
  { re: /^(?:Due to|As a result of|Thanks to) (.+?), (.+)$/, cause: 1 },
];

/** A connective or a coordinator of alternatives inside one side: the sentence pairs more than one cause. */
const SECOND_LINK =
  /\b(?:because|so that|due to|as a result|thanks to|led to|leads to|caused|causes|resulted in|results in)\b|,\s*(?:or|so)\b|[:;]/i;

/**
 * A side that is not an event the article reports: someone's claim ("Some argue that farmers benefited first",
 * "Critics also say that…"), the speaker or reader talking ("Now let me talk about…", "you deserve honesty"), a
 * supposition ("If the price is $2…, nothing changes"), an answer ("yes, it is binding") or a quotation cut open.
 */
const NOT_AN_EVENT =
  /\b(?:says?|said|argues?|argued|points? out|pointed out|agreed|assumed|believes?|believed|claims?|claimed)\b|^(?:if|yes|no)\b|["“”]/i;

/** "…, so that a black and a green roof can be measured side by side": a purpose, not a result. */
const PURPOSE = /,? so that \S+(?: \S+){0,10}? (?:can|could|will|would|may|might)\b/i;

/** "…led to accusations of being too soft and raised concerns": the subject's second verb is no part of the effect. */
function secondPredicate(s: Sentence, side: string): boolean {
  const tokens = tokensOf(s, side);
  return tokens.some((t, i) => i > 0 && tokens[i - 1]!.text.toLowerCase() === "and" && t.pos === "VERB");
}

/** The tokens of the sentence that a side of it (a substring, perhaps re-cased) covers. */
export function tokensOf(s: Sentence, side: string) {
  const at = s.text.toLowerCase().indexOf(side.toLowerCase());
  if (at < 0) return [];
  const [from, to] = [s.start + at, s.start + at + side.length];
  return s.tokens.filter((t) => t.start >= from && t.end <= to);
}

/**
 * A side that reads as one clause: no second connective, no ", or" and no colon. The seventh review's broken key
 * "The obstacle shelters it, or more, because water drips onto it from leaves" joined the two outcomes of an "or"
 * and a second "because"; "I tell everyone the same thing: …" is two clauses.
 */
const wholeClause = (side: string) => !SECOND_LINK.test(side);

/** An effect opening on a bare verb is advice to the reader ("bring a jumper"), not something that followed. */
function advice(s: Sentence, effect: string): boolean {
  const first = tokensOf(s, effect)[0];
  return first !== undefined && first.pos === "VERB" && first.text.toLowerCase() === first.lemma;
}

/** The cause-and-effect statements of the article, found by their connectives. */
export function causesOf(article: Article): CauseEffect[] {
  const out: CauseEffect[] = [];
  for (const s of article.sentences) {
    if (readsBadly(s.text) || /\?$/.test(s.text)) continue;
    for (const { re, cause } of PATTERNS) {
      const m = re.exec(s.text);
      if (!m) continue;
      const a = clause(m[1]!);
      const b = clause(m[2]!);
      const [c, e] = cause === 1 ? [a, b] : [b, a];
      if (words(c) < 2 || words(e) < 2 || words(c) > 22 || words(e) > 22) break;
      // The effect is quoted in the stem; a clause opening with a pronoun would not say what it is about.
      if (PRONOUN_OPENER.test(e)) break;
      if (!wholeClause(c) || !wholeClause(e) || advice(s, e) || advice(s, c)) break;
      if (
        [c, e].some((side) => NOT_AN_EVENT.test(side) || FIRST_PERSON.test(side) || secondPredicate(s, side))
      )
        break;
      if (PURPOSE.test(s.text)) break;
      // "The mill did not close because its workers were slow": a reason denied, not given.
      if (NEGATED.test(e)) break;
      out.push({ cause: lowerFirst(c, s.tokens[0]), effect: lowerFirst(e, s.tokens[0]), sentence: s });
      break;
    }
  }
  return out;
}

/** The content lemmas of a side of its sentence ("the canal froze" → canal, freeze). */
function sideLemmas(s: Sentence, side: string): Set<string> {
  const content = tokensOf(s, side).filter((t) => LINKING_POS.has(t.pos) && t.lemma.length > 2);
  return new Set(content.map((t) => t.lemma.toLowerCase()));
}
const LINKING_POS = new Set(["NOUN", "PROPN", "VERB", "ADJ"]);
const meet = (a: Set<string>, b: Set<string>) => [...a].some((x) => b.has(x));

/**
 * Whether another statement's reason may also answer "what led to" this one's effect: it leads to this one's
 * reason (a link earlier in the chain, as the exhibit's dear riverside land led to the close-packed houses that let
 * the fire spread) or is given for an effect about the same thing (a rival reason for the same outcome).
 */
function mayAlsoLeadTo(other: CauseEffect, item: CauseEffect): boolean {
  const effect = sideLemmas(other.sentence, other.effect);
  return (
    meet(effect, sideLemmas(item.sentence, item.cause)) ||
    meet(effect, sideLemmas(item.sentence, item.effect))
  );
}

/**
 * "According to the article, what led to this: …?" The key is the cause the sentence gives; the distractors are
 * reasons its own section gives for other things, none a link in this one's chain. `sameSection` holds the
 * causes of the item's section: the tenth review marked every item with a reason from another section rework
 * (a skimmer rejects it as off the topic).
 */
export function causeDraft(item: CauseEffect, sameSection: readonly CauseEffect[]): Draft | undefined {
  const others = sameSection
    .filter((o) => o.sentence.index !== item.sentence.index && !mayAlsoLeadTo(o, item))
    // Other reasons only: an effect offered as what led to something is of another kind, and the ninth and
    // tenth reviews marked every such item rework or broken.
    .map((o) => ({
      text: o.cause,
      feedback: `That is a reason the article gives for something else: ${o.effect}.`,
    }))
    .filter((d) => !item.sentence.text.toLowerCase().includes(d.text.toLowerCase()))
    // An option that opens on a pronoun ("They will have phones…") does not say what it is about.
    .filter((d) => !PRONOUN_OPENER.test(d.text));
  // Options of similar length: the nearest in length to the key first.
  others.sort(
    (x, y) => Math.abs(x.text.length - item.cause.length) - Math.abs(y.text.length - item.cause.length),
  );
  const picked: typeof others = [];
  for (const o of others) if (picked.length < 3 && !picked.some((p) => p.text === o.text)) picked.push(o);
  if (picked.length < 2) return undefined;
  return {
    sentences: [item.sentence.index],
    question: {
      type: "single_choice",
      skill: "cause_effect",
      points: 1,
      prompt: `According to the article, what led to this: "${item.effect}"?`,
      explanation: `The article gives the reason: "${item.sentence.text}"`,
      citation: citeSentence(item.sentence),
      choices: [
        { text: upperFirst(item.cause), correct: true },
        ...picked.map((p) => ({ text: upperFirst(p.text), correct: false, feedback: p.feedback })),
      ],
      acceptedAnswers: [],
      evidenceOptions: [],
    },
  };
}

/** The cause items of one section (`inSection` tells its sentences), each offering that section's other reasons. */
export function sectionCauseDrafts(
  all: readonly CauseEffect[],
  inSection: (s: Sentence) => boolean,
): (Draft | undefined)[] {
  const own = all.filter((c) => inSection(c.sentence));
  return own.map((c) => causeDraft(c, own));
}
