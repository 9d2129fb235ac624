import type { QuestionInput } from "../../content/schema";
import type { Sentence } from "./analysis";
import { isCircumstantial, TIME_NOUN } from "./circumstance";
import { citeSentence, entitiesIn, givenAway, type Article, type Draft } from "./article";
import { entityDistractors, type Distractor } from "./distractors";
import { NUMBER_WORDS } from "./made-up-figures";
import { nounDistractors, type NounUse } from "./noun-distractors";
import { isNameKind, type Entity } from "./entities";
import { acceptedForms } from "./accepted-forms";
import { readsBadly, replaceSpan } from "./text";
import { CONCRETE_LEX_FILES } from "./closeness";
import { isArticleSubject, isGenericNoun, isMinorName, isNameFragment, isTrivialFigure } from "./blank-worth";
import { figureWorth, UNTEACHABLE } from "./figure-worth";

/** What a blank stands for: an entity, or a noun the sentence is about. */
export type BlankTarget = {
  text: string;
  start: number;
  end: number;
  distractors: Distractor[];
  accepted: string[];
  isName: boolean;
  /** How far the blank asks what the sentence reports (figureWorth; 0 for a name or noun): ranks a section's blanks. */
  worth: number;
};

const BLANK = "_____";
// Kinds a sentence is about, most telling first: its figures, then who and where.
// A percentage or sum is usually the finding a count or span sits beside.
const PRIORITY = [
  "percent",
  "money",
  "duration",
  "quantity",
  "year",
  "date",
  "person",
  "organization",
  "place",
  "name",
  "time",
  "ordinal",
];

/**
 * The best blank of a sentence: a figure or name it states (never its first word, never a word it repeats), else
 * a noun past the common words that has distractors of its head type. Undefined when nothing fits.
 */
export function blankTarget(
  article: Article,
  s: Sentence,
  nouns: readonly NounUse[],
): BlankTarget | undefined {
  // A list item ("The folding sewing table (1903): a table that…") is one entry of a series the ordering item
  // asks as a whole; a blank in it asks a detail of one entry (the seventh review's three year blanks on a list).
  if (s.listItem) return undefined;
  const all = entitiesIn(article, s);
  const entities = all
    .filter(
      (e) =>
        PRIORITY.includes(e.kind) &&
        !isCircumstantial(e, s, all) &&
        e.first > 0 &&
        countIn(s.text, e.text) === 1 &&
        // "_____'s policy": a blank before a possessive reads as a gap in a word.
        !/^['’]/.test(s.text.slice(e.end - s.start)) &&
        !isRangeEnd(s, e) &&
        !isBound(s, e) &&
        !isTrivialFigure(s, e) &&
        figureWorth(s, e) > UNTEACHABLE &&
        !isNameFragment(s, e) &&
        !isMinorName(article, s, e) &&
        !isArticleSubject(article, e) &&
        !givenAway(article, s, e.text, e),
    )
    .sort(
      (a, b) => figureWorth(s, b) - figureWorth(s, a) || PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind),
    );
  for (const e of entities) {
    const distractors = entityDistractors(article, e, s);
    if (distractors.length >= 2)
      return {
        text: e.text,
        start: e.start,
        end: e.end,
        distractors,
        accepted: acceptedForms(e, article),
        isName: isNameKind(e.kind),
        worth: figureWorth(s, e),
      };
  }
  // Nouns: the rarest of the sentence is the one it is most about.
  const heading = article.sections.find((x) => x.sentences.some((y) => y.index === s.index))?.heading ?? "";
  const own = nouns.filter(
    (n) =>
      n.sentence === s.index &&
      countIn(s.text, n.lemma) === 1 &&
      CONCRETE_LEX_FILES.has(n.lexFile) &&
      !TIME_NOUN.test(n.text) &&
      !isGenericNoun(n, heading) &&
      !/^['’]/.test(s.text.slice(n.end - s.start)) &&
      !POINTS_BACK.test(s.text.slice(0, n.start - s.start)) &&
      !givenAway(article, s, n.text, n),
  );
  own.sort(
    (a, b) =>
      nouns.filter((n) => n.lemma === b.lemma).length - nouns.filter((n) => n.lemma === a.lemma).length ||
      b.lemma.length - a.lemma.length,
  );
  for (const n of own) {
    const distractors = nounDistractors(article, n, nouns, s);
    if (distractors.length >= 2)
      return {
        text: n.text,
        start: n.start,
        end: n.end,
        distractors,
        accepted: [n.text, n.lemma],
        isName: false,
        worth: 0,
      };
  }
  return undefined;
}

/**
 * "these _____", "such _____": a noun that points back names what an earlier sentence named, so that earlier
 * word ("take these tools away" after "phones") is a second right answer.
 */
const POINTS_BACK = /\b(?:these|those|this|that|such)\s+$/i;

const BOUND =
  /\b(?:(?:less|fewer|more|greater|higher|lower|longer|shorter) than|under|below|over|above|up to|at least|at most|as (?:many|much|few|little) as)\s+$/i;

/**
 * A figure given as a bound ("less than 0.01 percent", "up to 14 cubic metres"): any other figure on the bound's
 * side is as true, so the figure has no unique key as a blank.
 */
export function isBound(s: Sentence, e: Entity): boolean {
  const before = `${s.text.slice(0, e.start - s.start)} `.replace(/\s+$/, " ");
  return BOUND.test(before) || BOUND.test(e.text.replace(/\S+$/, ""));
}

const FIGURE = "(\\d[\\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";

/** A figure's value, written in digits or as a number word up to twelve. */
const valueOf = (t: string) => {
  const word = NUMBER_WORDS.indexOf(t.toLowerCase());
  return word >= 0 ? word : Number(t.replace(/,/g, ""));
};

/**
 * The other end of a range the entity is one end of ("within 30 to 40 years", "every two or three weeks"), with
 * which side the entity is on; undefined when it is not in a range.
 */
function rangeOf(s: Sentence, e: Entity): { other: number; lower: boolean; or: boolean } | undefined {
  const after = s.text.slice(e.end - s.start);
  const before = s.text.slice(0, e.start - s.start);
  const upper = new RegExp(`^\\s*(to|or|and|-|–)\\s*${FIGURE}`, "i").exec(after);
  if (upper) return { other: valueOf(upper[2]!), lower: true, or: upper[1]!.toLowerCase() === "or" };
  const lower = new RegExp(`\\b${FIGURE}[\\w,.%]*\\s*(to|or|and|-|–)\\s*$`, "i").exec(before);
  if (lower) return { other: valueOf(lower[1]!), lower: false, or: lower[2]!.toLowerCase() === "or" };
  return undefined;
}

/**
 * One end of a range ("within 30 to 40 years", "every two or three weeks") or after "between"/"from": the other
 * end gives the key's order away, so any option past it is wrong at sight.
 */
export function isRangeEnd(s: Sentence, e: Entity): boolean {
  return rangeOf(s, e) !== undefined || /\b(?:between|from)\s+$/i.test(s.text.slice(0, e.start - s.start));
}

/**
 * Whether `replacement` can stand where the entity is and leave its range in order: "six to twelve months" may
 * become "two to twelve", never "eight to six"; an "or" pair of neighbours ("one or two years") is left alone.
 */
export function keepsRangeOrder(s: Sentence, e: Entity, replacement: string): boolean {
  const range = rangeOf(s, e);
  if (!range) return true;
  // "one or two years", "two or three weeks": neighbours; "one or twelve years" reads false without reading.
  if (range.or) return false;
  const m = new RegExp(`^${FIGURE}$`, "i").exec(replacement.replace(/\s+\S+$/, "").trim());
  if (!m) return false;
  const v = valueOf(m[1]!);
  return range.lower ? v < range.other : v > range.other;
}

const countIn = (text: string, piece: string) => text.toLowerCase().split(piece.toLowerCase()).length - 1;

const base = {
  points: 1,
  acceptedAnswers: [],
  evidenceOptions: [],
  choices: [],
} satisfies Partial<QuestionInput>;

/** A sentence completion: single choice among the key and its distractors, or a short answer. */
export function blankDraft(
  article: Article,
  s: Sentence,
  target: BlankTarget,
  asShortAnswer: boolean,
): Draft | undefined {
  const blanked = replaceSpan(s, target.start, target.end, BLANK);
  if (readsBadly(s.text)) return undefined;
  const skill = "detail" as const;
  if (asShortAnswer)
    return {
      sentences: [s.index],
      question: {
        ...base,
        type: "short_answer",
        skill,
        prompt: `Fill in the blank with the word or words the article uses: "${blanked}"`,
        explanation: `The article says: "${s.text}"`,
        citation: citeSentence(s),
        acceptedAnswers: target.accepted,
      },
    };
  return {
    sentences: [s.index],
    question: {
      ...base,
      type: "single_choice",
      skill,
      prompt: `According to the article, which completes the sentence? "${blanked}"`,
      explanation: `The article says: "${s.text}"`,
      citation: citeSentence(s),
      choices: [
        { text: target.text, correct: true },
        ...target.distractors
          .slice(0, 3)
          .map((d) => ({ text: d.text, correct: false, feedback: d.feedback })),
      ],
    },
  };
}
