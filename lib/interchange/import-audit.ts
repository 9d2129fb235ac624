import { auditDocument } from "../content/audit/audit";
import { DRAFT_MAX_ADVANTAGE } from "../content/audit/thresholds";
import type { ArticleDocument, QuestionInput } from "../content/schema";
import type { ImportedQuestion } from "./imported-question";

/** What the item audit says of an import: each question's warnings by its number in the file, and the verdict. */
export type ImportAudit = {
  warnings: { number: number; warnings: string[] }[];
  passes: boolean;
  failures: string[];
};

const STANDIN = "Imported questions, not yet placed in an article.";

/**
 * The item audit of imported questions, at the threshold for drafts. Placed in a lesson they are audited with
 * its article and their proposed citations; in a dry run without a lesson, against a one-sentence stand-in, so
 * what the questions give away without the passage (longest key, cues, repeated stems) is still reported.
 */
export function auditImported(
  questions: readonly (ImportedQuestion | QuestionInput)[],
  article?: { slug: string; title: string; text: string },
): ImportAudit {
  const text = article?.text ?? STANDIN;
  const cite = { text: STANDIN, start: 0, end: STANDIN.length };
  const doc: ArticleDocument = {
    format: "lectern.article.v1",
    article: {
      slug: article?.slug ?? "imported",
      title: article?.title ?? "Imported questions",
      byline: "",
      text,
      sections: [{ heading: "Imported", start: 0, end: text.length }],
    },
    lessons: [
      {
        title: "Imported questions",
        objectives: ["Imported", "Imported"],
        passage: text,
        questions: questions.map((q) => ("citation" in q ? q : { ...q, citation: cite })),
      },
    ],
  };
  const report = auditDocument(doc, { maxAdvantage: DRAFT_MAX_ADVANTAGE });
  return { warnings: report.warnings, passes: report.verdict.passes, failures: report.verdict.failures };
}
