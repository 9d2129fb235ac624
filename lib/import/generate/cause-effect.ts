import type { Sentence } from "./analysis";
import { citeSentence, type Article, type Draft } from "./article";
import { lowerFirst, readsBadly, upperFirst } from "./text";

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
  { re: /^(.+?),? (?:which|and this|and that) (?:led to|caused|meant that|resulted in) (.+)$/, cause: 1 },
  // (Not a passive "caused by", whose agent is the cause and whose subject the effect.)
  { re: /^(.+?) (?:led to|leads to|caused(?! by)|causes(?! by)|resulted in|results in) (.+)$/, cause: 1 },
  { re: /^(.+?),? (?:due to|as a result of|thanks to) (.+)$/, cause: 2 },
  { re: /^(?:Due to|As a result of|Thanks to) (.+?), (.+)$/, cause: 1 },
];

/** A connective or a coordinator of alternatives inside one side: the sentence pairs more than one cause. */
const SECOND_LINK =
  /\b(?:because|so that|due to|as a result|thanks to|led to|leads to|caused|causes|resulted in|results in)\b|,\s*or\b|[:;]/i;

/** The tokens of the sentence that a side of it (a substring, perhaps re-cased) covers. */
function tokensOf(s: Sentence, side: string) {
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
      if (!wholeClause(c) || !wholeClause(e) || advice(s, e)) break;
      // "The mill did not close because its workers were slow": a reason denied, not given.
      if (NEGATED.test(e)) break;
      out.push({ cause: lowerFirst(c, s.tokens[0]), effect: lowerFirst(e, s.tokens[0]), sentence: s });
      break;
    }
  }
  return out;
}

/**
 * "According to the article, what is the reason for this: …?" The key is the cause the sentence gives; the
 * distractors are the other causes the article states (reasons all, real, none the reason for this one).
 */
export function causeDraft(item: CauseEffect, all: readonly CauseEffect[]): Draft | undefined {
  const others = all
    .filter((o) => o.sentence.index !== item.sentence.index)
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
      skill: "sequence",
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
