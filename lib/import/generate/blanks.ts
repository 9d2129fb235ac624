import type { QuestionInput } from "../../content/schema";
import type { Sentence } from "./analysis";
import { citeSentence, entitiesIn, type Article, type Draft } from "./article";
import { entityDistractors, nounDistractors, type Distractor, type NounUse } from "./distractors";
import { fullName, isNameKind, type Entity } from "./entities";
import { readsBadly, replaceSpan } from "./text";

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
const PRIORITY = [
  "quantity",
  "money",
  "percent",
  "year",
  "date",
  "person",
  "organization",
  "place",
  "name",
  "time",
  "ordinal",
];

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
  // "22 minutes" → "22": the figure alone answers a blank whose unit the sentence makes plain.
  if ((target.kind === "quantity" || target.kind === "duration") && /^\d[\d,.]*\s+\S+$/.test(target.text))
    forms.push(target.text.split(/\s+/)[0]!);
  return [...new Set(forms.map((f) => f.trim()).filter(Boolean))];
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
  const entities = entitiesIn(article, s)
    .filter((e) => e.first > 0 && countIn(s.text, e.text) === 1)
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
  const own = nouns.filter((n) => n.sentence === s.index && countIn(s.text, n.lemma) === 1);
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
