import type { Sentence } from "./analysis";
import { bodySentences, citeSentence, entitiesIn, type Article, type Draft, type Section } from "./article";
import { isNameKind } from "./entities";
import { shuffled } from "./key-placement";
import { FIRST_PERSON, isYear, readsBadly } from "./text";
import { falseStatements } from "./true-false";
import { whereIs } from "./where-is";

/** Openers that point back to the sentence before: read alone, the sentence does not say what it is about. */
export const DANGLING_OPENER =
  /^(?:It|Its|This|That|These|Those|They|Their|Them|He|His|She|Her|Such|Both|The two|In this|At this|By then|Then|There)\b/;

/** Openers that count against others named before ("The other two have not said…", the seventh review's key). */
const OTHERS_OPENER = /^(?:The other|The others|Others|Another|The rest|The same)\b/;

type Edited = { s: Sentence; section: Section; text: string; change: string };

/** What an option visibly carries that a skimmer can compare: a name, a figure. */
type Feature = "name" | "figure";

function featuresOf(article: Article, s: Sentence): Set<Feature> {
  const out = new Set<Feature>();
  for (const e of entitiesIn(article, s))
    if (isNameKind(e.kind)) out.add("name");
    else if (e.kind !== "nationality" && e.kind !== "ordinal") out.add("figure");
  return out;
}

/**
 * Whether the key would be the only option without a feature every wrong option carries: the seventh review
 * found keys that were the only option without a person's name (film L5Q1) or a dollar figure (skatepark L6Q1),
 * picked out without reading.
 */
export function keyStandsOut(article: Article, key: Sentence, wrong: readonly Sentence[]): boolean {
  const mine = featuresOf(article, key);
  const theirs = wrong.map((w) => featuresOf(article, w));
  return (["name", "figure"] as const).some((f) => !mine.has(f) && theirs.every((t) => t.has(f)));
}

/**
 * "According to the article, which of these is true?": one sentence of one section as the article words it, and
 * two or three of other sections with one figure, date or name changed (falseStatements), so each choice must be
 * checked against its own part of the article. Sentences no section question tests; the citation is the key's
 * sentence, each wrong choice's feedback quotes its own. The key carries every kind of feature (a name, a figure)
 * that all the wrong choices carry; with no such key, two wrong choices instead of three, then no item.
 */
export function acrossSections(
  article: Article,
  sections: readonly Section[],
  used: ReadonlySet<number>,
  random: () => number,
): Draft | undefined {
  if (sections.length < 3) return undefined;
  // Neither the key nor a wrong choice comes from a sentence a section question tests: the sixth review marked
  // five overviews whose wrong choices were a section's own false statements as repeated questions (broken).
  const fits = (x: Sentence) =>
    !used.has(x.index) &&
    !readsBadly(x.text) &&
    !FIRST_PERSON.test(x.text) &&
    !/["“”?:]/.test(x.text) &&
    x.text.split(" ").length >= 8 &&
    x.text.split(" ").length <= 25 &&
    // A sentence opening on a pronoun, "this" or "the other" needs its neighbour to be understood.
    !DANGLING_OPENER.test(x.text) &&
    !OTHERS_OPENER.test(x.text);
  const parts = shuffled(sections, random).map((section) => {
    const pool = bodySentences(section).filter(fits);
    const edited = pool
      .map((x) => ({ x, st: falseStatements(article, x).find((f) => !trivialEdit(x, f)) }))
      .find((p) => p.st);
    return {
      pool,
      edited: edited && { s: edited.x, section, text: edited.st!.text, change: edited.st!.change ?? "" },
    };
  });
  const edits = parts.flatMap((p) => (p.edited ? [p.edited] : []));
  for (const count of [3, 2]) {
    const falses: Edited[] = edits.slice(0, count);
    if (falses.length < 2) return undefined;
    const key = parts
      .filter((p) => !falses.some((f) => p.edited === f))
      .flatMap((p) => p.pool)
      .find(
        (x) =>
          !keyStandsOut(
            article,
            x,
            falses.map((f) => f.s),
          ),
      );
    if (key) return statementsDraft(article, key, falses, random);
  }
  return undefined;
}

function statementsDraft(
  article: Article,
  key: Sentence,
  falses: readonly Edited[],
  random: () => number,
): Draft {
  const choices = shuffled(
    [
      { text: key.text, correct: true },
      ...falses.map((f) => ({
        text: f.text,
        correct: false,
        feedback: `${whereIs(article, f.s)}, the article says: "${f.s.text}" (${f.change}).`,
      })),
    ],
    random,
  );
  return {
    sentences: [key.index, ...falses.map((f) => f.s.index)],
    question: {
      type: "single_choice",
      skill: "detail",
      points: 1,
      prompt: "According to the article, which of these statements is true?",
      explanation: `${whereIs(article, key)}, the article says: "${key.text}"`,
      citation: citeSentence(key),
      choices,
      acceptedAnswers: [],
      evidenceOptions: [],
    },
  };
}

/**
 * An edit a reader cannot check for the article's point: a year for a year or a person's age ("Lena Whitcombe,
 * 32, …"), which the fifth review marked trivial; or one that leaves the statement opening on a pronoun.
 */
function trivialEdit(s: Sentence, edit: { text: string; change?: string }): boolean {
  if (DANGLING_OPENER.test(edit.text)) return true;
  const m = /^(.+), not (.+)$/.exec(edit.change ?? "");
  if (!m) return false;
  if (isYear(m[1]!) && isYear(m[2]!)) return true;
  return [m[1]!, m[2]!].some((n) => /^\d{1,3}$/.test(n) && s.text.includes(`, ${n}, `));
}
