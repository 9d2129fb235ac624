import type { QuestionInput } from "../../content/schema";
import type { Sentence } from "./analysis";
import { isCircumstantial, TIME_NOUN } from "./circumstance";
import { citeSentence, entitiesIn, givenAway, type Article, type Draft } from "./article";
import { entityDistractors, type Distractor } from "./distractors";
import { NUMBER_WORDS, ordinalSuffix } from "./made-up-figures";
import { nounDistractors, type NounUse } from "./noun-distractors";
import { fullName, isNameKind, type Entity } from "./entities";
import { readsBadly, replaceSpan } from "./text";
import { CONCRETE_LEX_FILES } from "./closeness";
import { isArticleSubject, isGenericNoun, isNameFragment, isTrivialFigure } from "./blank-worth";

/** What a blank stands for: an entity, or a noun the sentence is about. */
export type BlankTarget = {
  text: string;
  start: number;
  end: number;
  distractors: Distractor[];
  accepted: string[];
  isName: boolean;
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

const HEDGE = /^(?:about|around|roughly|approximately|nearly|almost|some|just|an estimated)\s+/i;

/** Forms of the answer a teacher would accept besides the blanked words: a surname, the bare figure. */
export function acceptedForms(
  target: Entity | { text: string; kind?: undefined },
  article: Article,
): string[] {
  const forms = [target.text];
  if (target.kind === "person") {
    const full = fullName(target.text, article.entities);
    if (full !== target.text) forms.push(full);
    const parts = target.text.split(/\s+/);
    if (parts.length > 1) forms.push(parts[parts.length - 1]!);
  }
  if (target.kind === "percent")
    forms.push(target.text.replace(/\s*percent\b/i, "%"), target.text.replace(/\s*(percent|%)$/i, ""));
  if (target.kind === "money") forms.push(target.text.replace(/^\$/, "").replace(/^(\S+)$/, "$1 dollars"));
  if (/^the\s/i.test(target.text)) forms.push(target.text.replace(/^the\s+/i, ""));
  // "around 60,000" → "60,000": the hedge is the article's, the figure is the answer.
  // "until 2029" (read as a span) → "2029": the preposition is the sentence's, the year is the answer.
  if (target.kind === "date" || target.kind === "year" || target.kind === "duration")
    for (const f of [...forms]) forms.push(f.replace(/^(?:until|by|in|since|before|after|on|from)\s+/i, ""));
  for (const f of [...forms]) forms.push(...dateVariants(f), ...ordinalVariants(f));
  for (const f of [...forms]) {
    const bare = f.replace(HEDGE, "");
    if (bare !== f) forms.push(bare);
  }
  // "22 minutes" → "22": the figure alone answers a blank whose unit the sentence makes plain.
  if (target.kind && target.kind !== "year" && !isNameKind(target.kind))
    for (const f of [...forms]) {
      const figure = /^(\d[\d,.]*)\s+[a-z]+$/i.exec(f)?.[1];
      if (figure) forms.push(figure);
      // "two" ↔ "2": students write figures either way; the grader compares words as typed.
      const word = NUMBER_WORDS.indexOf(f.toLowerCase());
      if (word >= 0) forms.push(String(word));
      if (/^\d+$/.test(f) && Number(f) < NUMBER_WORDS.length) forms.push(NUMBER_WORDS[Number(f)]!);
    }
  return [...new Set(forms.map((f) => f.trim()).filter(Boolean))];
}

const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
const MONTH_DAY = new RegExp(`^(${MONTHS})\\s+(\\d{1,2})(?:st|nd|rd|th)?$`, "i");
const DAY_MONTH = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTHS})$`, "i");
const suffixed = (d: number) => `${d}${ordinalSuffix(d)}`;

/** A day of a month as students write it: "December 15", "15 December", "Dec 15", "December 15th". */
function dateVariants(text: string): string[] {
  const md = MONTH_DAY.exec(text);
  const dm = DAY_MONTH.exec(text);
  if (!md && !dm) return [];
  const month = md ? md[1]! : dm![2]!;
  const day = Number(md ? md[2] : dm![1]);
  const short = month.slice(0, 3);
  return [
    `${month} ${day}`,
    `${day} ${month}`,
    `${month} ${suffixed(day)}`,
    `${suffixed(day)} ${month}`,
    `the ${suffixed(day)} of ${month}`,
    `${short} ${day}`,
    `${short}. ${day}`,
    `${day} ${short}`,
  ];
}

const ORDINAL_WORDS = (
  "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth " +
  "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split(" ");
const TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split(" ");
const TENTHS = "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth".split(" ");

/** An ordinal under a hundred in words: 31 → "thirty-first". */
function ordinalWord(n: number): string | undefined {
  if (n < 1 || n > 99) return undefined;
  if (n <= 20) return ORDINAL_WORDS[n - 1];
  const tens = Math.floor(n / 10);
  return n % 10 === 0 ? TENTHS[tens - 2] : `${TENS[tens - 2]}-${ORDINAL_WORDS[(n % 10) - 1]}`;
}

/** An ordinal as students write it: "31st", "31", "thirty-first"; "third", "3rd", "3". */
function ordinalVariants(text: string): string[] {
  const digits = /^(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)$/i.exec(text);
  const at = ORDINAL_WORDS.indexOf(text.replace(/^the\s+/i, "").toLowerCase()) + 1;
  const n = digits ? Number(digits[1]) : at;
  if (!n) return [];
  return [suffixed(n), String(n), ordinalWord(n)].filter((f): f is string => !!f);
}

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
        !isNameFragment(s, e) &&
        !isArticleSubject(article, e) &&
        !givenAway(article, s, e.text, e),
    )
    .sort((a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind));
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
