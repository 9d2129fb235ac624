import type { ArticleDocument } from "../schema";
import { blindScores, type BlindScores } from "./blind-scores";
import { articleSentences, longCitations, type LongCitation } from "./citations";
import { coverage, type Coverage } from "./coverage";
import { keyStats, type KeyStats } from "./key-stats";
import { questionWarnings } from "./question-check";
import { setQuestions } from "./set-questions";
import { repeatedStems, type RepeatedStem } from "./stems";
import { CURATED_MAX_ADVANTAGE, verdict, type Verdict } from "./thresholds";

export type AuditOptions = {
  /** Percentage points of the closed points the best strategy may beat guessing by: 5 curated, 10 drafts. */
  maxAdvantage?: number;
};

export type QuestionSummary = { number: number; lesson: number; type: string; skill: string; prompt: string };

export type AuditReport = {
  article: { slug: string; title: string };
  lessons: number;
  questions: QuestionSummary[];
  blind: BlindScores;
  keys: KeyStats;
  repeatedStems: RepeatedStem[];
  longCitations: LongCitation[];
  coverage: Coverage;
  /** Questions with at least one warning, in set order. */
  warnings: { number: number; warnings: string[] }[];
  verdict: Verdict;
};

/** The item audit of a lectern.article.v1 document: what its closed questions give away without the passage. */
export function auditDocument(doc: ArticleDocument, options: AuditOptions = {}): AuditReport {
  const set = setQuestions(doc);
  const sentences = articleSentences(doc.article.text);
  const blind = blindScores(set);
  const keys = keyStats(set);
  const stems = repeatedStems(set);
  return {
    article: { slug: doc.article.slug, title: doc.article.title },
    lessons: doc.lessons.length,
    questions: set.map(({ number, lesson, question: q }) => ({
      number,
      lesson,
      type: q.type,
      skill: q.skill,
      prompt: q.prompt,
    })),
    blind,
    keys,
    repeatedStems: stems,
    longCitations: longCitations(set, sentences),
    coverage: coverage(set, sentences),
    warnings: set.flatMap((q) => {
      const warnings = questionWarnings(q, set, sentences);
      return warnings.length > 0 ? [{ number: q.number, warnings }] : [];
    }),
    verdict: verdict(blind, keys, stems, options.maxAdvantage ?? CURATED_MAX_ADVANTAGE),
  };
}
