import { questionPoints } from "../../content/audit/question-points";
import { STRATEGIES } from "../../content/audit/strategies";
import { contentWords, sharedCount } from "../../content/audit/words";
import type { QuestionInput } from "../../content/schema";
import type { Sentence } from "./analysis";
import { citeSpan, type Article, type Draft, type Section } from "./article";
import { contentLemmas, hasMainVerb, readsBadly } from "./text";

/** A point and a sentence after it in its paragraph that backs it ("The first hour … is close to perfect."). */
export type Claim = { point: Sentence; support: Sentence };

/** A point is short: a long opening sentence is a lede or a narrative step, not a point the paragraph backs. */
const POINT_WORDS = { min: 5, max: 14 };
const OPTION_WORDS = { min: 8, max: 40 };
/** Wrong options are about as long as the key: within this share of its length either way. */
const LENGTH_SPREAD = 0.45;
/** Wrong options are sought among this many sentences nearest the key in length. */
const PAIR_POOL = 6;
const FIRST_PERSON = /\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Oo]ur|[Uu]s)\b/;
/** What a reader is told to do, not what the article says ("You can read more in…"). */
const ASIDE = /\b(?:read more|click|subscribe|sign up|newsletter|follow us)\b/i;
/** A sentence that needs the one before it to say what it is about ("This is why…", "He said…"). */
const LEANS_BACK = /^(?:It|Its|This|That|These|Those|He|She|They|His|Her|Their|There|But|And|So|Yet|Also)\b/;
/** The audit's "avoid absolutes" habit: a wrong option with "never" or "all" where the key has none. */
const ABSOLUTE = /\b(?:always|never|only|all|none|every|no one|nothing)\b/i;
const words = (s: Sentence) => s.text.split(/\s+/).length;
const fits = (s: Sentence, range: { min: number; max: number }) =>
  words(s) >= range.min &&
  words(s) <= range.max &&
  !s.listItem &&
  !readsBadly(s.text) &&
  !/[?:]["”]?$/.test(s.text) &&
  !/["“”]/.test(s.text) &&
  !ASIDE.test(s.text);

/** A sentence that turns against the point ("Historians agree…" → "They disagree…") does not back it. */
function turns(point: Sentence, next: Sentence): boolean {
  if (/^(?:But|However|Yet|Still|Even so|Instead)\b/.test(next.text)) return true;
  const lemmas = new Set(next.tokens.map((t) => t.lemma));
  return contentLemmas(point).some((l) => ["dis", "un", "in", "non"].some((p) => lemmas.has(p + l)));
}

/**
 * The section's paragraphs that open on a short point of their own and go on to back it: the point (the
 * paragraph's first sentence, a statement that stands alone) and the sentence after it. The sixth review found
 * sections that support a claim with a sentence or two never asked about.
 */
export function claimsOf(article: Article, section: Section): Claim[] {
  const out: Claim[] = [];
  const secondParagraph = article.sentences.findIndex((s, i) => i > 0 && s.opensParagraph);
  const firstParagraphEnd = secondParagraph < 0 ? article.sentences.length : secondParagraph;
  const body = section.sentences.filter((s) => s.start >= section.bodyStart);
  body.forEach((s, i) => {
    const next = body[i + 1];
    const after = body[i + 2];
    // At least two sentences follow in the paragraph: the point is developed, not a lone sentence before a turn.
    // The article's first paragraph is its lede, which sets a scene rather than arguing a point.
    if (
      s.index < firstParagraphEnd ||
      !s.opensParagraph ||
      !next ||
      next.opensParagraph ||
      !after ||
      after.opensParagraph
    )
      return;
    if (!fits(s, POINT_WORDS) || LEANS_BACK.test(s.text) || FIRST_PERSON.test(s.text) || !hasMainVerb(s))
      return;
    // The backing sentence shares none of the point's words: a student matching words cannot find it.
    const stem = contentWords(s.text);
    const support = [next, after].find(
      (x) => fits(x, OPTION_WORDS) && sharedCount(stem, contentWords(x.text)) === 0 && !turns(s, x),
    );
    if (support) out.push({ point: s, support });
  });
  return out;
}

/**
 * "According to the article, which sentence backs up this point: …?" The key is the sentence that follows the
 * point in its paragraph, sharing none of its words; the wrong options are sentences of other sections of about
 * its length that share no name or noun with the point or the key, so none backs it up as well (a unique key).
 */
export function claimSupportDraft(article: Article, section: Section, claim: Claim): Draft | undefined {
  const { point, support } = claim;
  const nouns = (s: Sentence) =>
    new Set(s.tokens.filter((t) => t.pos === "NOUN" || t.pos === "PROPN").map((t) => t.lemma));
  const topic = new Set([...nouns(point), ...nouns(support)]);
  const length = support.text.length;
  const candidates = article.sentences
    .filter(
      (s) =>
        (s.start < section.start || s.start >= section.end) &&
        fits(s, OPTION_WORDS) &&
        !LEANS_BACK.test(s.text) &&
        Math.abs(s.text.length - length) <= length * LENGTH_SPREAD &&
        ![...nouns(s)].some((n) => topic.has(n)) &&
        (ABSOLUTE.test(support.text) || !ABSOLUTE.test(s.text)),
    )
    .sort((a, b) => Math.abs(a.text.length - length) - Math.abs(b.text.length - length));
  const question = (wrong: readonly Sentence[]): QuestionInput => ({
    type: "single_choice",
    // A point and the detail that backs it: main idea and supporting detail.
    skill: "main_idea",
    points: 1,
    prompt: `According to the article, which sentence backs up this point: "${point.text}"`,
    explanation: `In the article the point is followed by the sentence that backs it up: "${point.text} ${support.text}"`,
    citation: citeSpan(article, point, support),
    choices: [
      { text: support.text, correct: true },
      ...wrong.map((c) => ({
        text: c.text,
        correct: false,
        feedback: `That sentence is about something else in the article; the point is backed up by: "${support.text}"`,
      })),
    ],
    acceptedAnswers: [],
    evidenceOptions: [],
  });
  // Three options (key placement trims no option of a 3-option item), the first pair of the nearest in length
  // on which no habit of the audit finds the key.
  const near = candidates.slice(0, PAIR_POOL);
  for (let i = 0; i < near.length; i++)
    for (let j = i + 1; j < near.length; j++) {
      const q = question([near[i]!, near[j]!]);
      if (!blindGain(q)) return { sentences: [point.index, support.index], question: q };
    }
  return undefined;
}

/** Strategies that read where the key sits: the options are placed later, across the whole set. */
const PLACED = new Set(["first", "last", "middle"]);

/**
 * Whether a student who has not read the passage beats guessing on the item by a habit of the item audit (the
 * most detailed option, the longest, the one sharing the stem's words): long sentences as options differ in
 * ways those habits read, and a set failed the audit on such an item.
 */
function blindGain(q: QuestionInput): boolean {
  const points = questionPoints(
    q,
    "single_choice",
    STRATEGIES.filter((s) => !PLACED.has(s.id)),
  );
  return [...points.strategies.values()].some((p) => p > points.guess);
}
