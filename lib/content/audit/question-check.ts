import type { Sentence } from "../../import/sentences";
import type { QuestionInput } from "../schema";
import { citedSentences, isWholeSectionItem, MAX_CITATION_SENTENCES } from "./citations";
import { keyLongestWeight } from "./key-stats";
import type { SetQuestion } from "./set-questions";
import { repeatsOf, stemWords } from "./stems";
import { absoluteCount, contentWords, sharedCount } from "./words";

const hasOneKey = (q: QuestionInput) => q.type === "single_choice" || q.type === "evidence";

function longestKey(q: QuestionInput): string | null {
  if (hasOneKey(q)) return keyLongestWeight(q) === 1 ? "The key is the longest option." : null;
  if (q.type !== "multiple_select") return null;
  const lengths = (correct: boolean) =>
    q.choices.filter((c) => c.correct === correct).map((c) => c.text.trim().length);
  return Math.min(...lengths(true)) > Math.max(...lengths(false))
    ? "The correct options are the longest ones."
    : null;
}

function stemCue(q: QuestionInput): string | null {
  if (!hasOneKey(q)) return null;
  const stem = stemWords(q);
  const sharing = q.choices.filter((c) => sharedCount(stem, contentWords(c.text)) > 0);
  return sharing.length === 1 && sharing[0]!.correct
    ? "The key is the only option sharing words with the stem."
    : null;
}

function absoluteCue(q: QuestionInput): string | null {
  if (!hasOneKey(q)) return null;
  const key = q.choices.find((c) => c.correct);
  const flagged = q.choices.some((c) => !c.correct && absoluteCount(c.text) > 0);
  return key && absoluteCount(key.text) === 0 && flagged
    ? "Only distractors use absolute words (always, never, only, all)."
    : null;
}

const aboveCue = (q: QuestionInput): string | null =>
  q.choices.some((c) => /\b(?:all|none) of the above\b/i.test(c.text))
    ? 'An option says "all of the above" or "none of the above".'
    : null;

function longCitation(q: QuestionInput, sentences: readonly Sentence[]): string | null {
  const count = citedSentences(q, sentences).length;
  return count > MAX_CITATION_SENTENCES && !isWholeSectionItem(q)
    ? `The citation spans ${count} sentences; cite the one to three that answer it.`
    : null;
}

/**
 * Short notes on what gives one question away or repeats another, for the question editor and the import
 * review. `set` is the article's questions (the target among them or not: a question not yet saved can take
 * number 0); `sentences` are the article's (articleSentences). `name` says which question another set number is
 * where the page numbers questions otherwise (the import review numbers them within each lesson).
 */
export function questionWarnings(
  target: SetQuestion,
  set: readonly SetQuestion[],
  sentences: readonly Sentence[],
  name: (number: number) => string = (n) => `question ${n}`,
): string[] {
  const q = target.question;
  const repeats = repeatsOf(target, set).map(({ b }) => `The stem repeats ${name(b)}.`);
  return [
    longestKey(q),
    stemCue(q),
    absoluteCue(q),
    aboveCue(q),
    ...repeats,
    longCitation(q, sentences),
  ].filter((w): w is string => w !== null);
}
