import { contentWords, sharedCount } from "../content/audit/words";
import type { QuestionInput, Span } from "../content/schema";
import { splitSentences, type Sentence } from "../import/sentences";
import type { ImportedQuestion } from "./imported-question";

/** The words of a question's key: its right choices, accepted answers, or (ordering) every item. */
function keyText(q: ImportedQuestion): string {
  const right = q.type === "ordering" ? q.choices : q.choices.filter((c) => c.correct);
  return [...right.map((c) => c.text), ...q.acceptedAnswers].join(" ");
}

/**
 * The sentence of the passage proposed as a question's citation: the one sharing most content words with the
 * question and its key (the earlier one on a tie), or, when none shares a word, the passage's first sentence.
 */
export function proposeCitation(q: ImportedQuestion, sentences: readonly Sentence[]): Span | null {
  const words = contentWords(`${q.prompt} ${keyText(q)}`);
  let best: Sentence | null = null;
  let bestShared = -1;
  for (const s of sentences) {
    const shared = sharedCount(words, contentWords(s.text));
    if (shared > bestShared) [best, bestShared] = [s, shared];
  }
  return best && { text: best.text, start: best.start, end: best.end };
}

/** The passage's sentences, in article offsets, a citation is chosen from. */
export function passageSentences(articleText: string, passage: { start: number; end: number }): Sentence[] {
  const sentences = splitSentences(articleText, passage.start, passage.end);
  return sentences.filter((s) => s.start >= passage.start && s.end <= passage.end);
}

/**
 * Imported questions placed in a lesson: each with its proposed citation, a sentence of the lesson's passage
 * (the whole passage when it has no sentence the splitter finds), to be confirmed or changed in the review.
 */
export function citeImportedQuestions(
  questions: readonly ImportedQuestion[],
  articleText: string,
  passage: { start: number; end: number },
): QuestionInput[] {
  const sentences = passageSentences(articleText, passage);
  const whole = { text: articleText.slice(passage.start, passage.end).trim(), start: 0, end: 0 };
  whole.start = articleText.indexOf(whole.text, passage.start);
  whole.end = whole.start + whole.text.length;
  return questions.map((q) => ({ ...q, citation: proposeCitation(q, sentences) ?? whole }));
}
