import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { AppError } from "../errors";
import { parseInput } from "../forms/parse";
import { ImportError, MAX_DRAFTS_PER_LESSON, MAX_SECTIONS, type ParsedArticle } from "./parsed-article";
import { readArticle } from "./read-text";
import { importArticleSchema } from "./schema";
import { paragraphStarts } from "./section-edits";

const EXCERPT = 90;

function excerpt(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > EXCERPT ? `${line.slice(0, EXCERPT - 1)}…` : line;
}

/** Reads an import's input the same way for the preview and for saving; input faults become field errors. */
export function readImportInput(input: unknown): ParsedArticle {
  const { text, kind } = parseInput(importArticleSchema, input);
  try {
    return readArticle(text, kind);
  } catch (error) {
    if (error instanceof ImportError) throw new AppError("invalid", error.message, { text: [error.message] });
    throw error;
  }
}

/** What the preview says about the limits on lessons and drafts, and whether this article met them. */
function limitsNote(article: ParsedArticle): string {
  const drafts = `Each lesson gets at most ${MAX_DRAFTS_PER_LESSON} draft questions.`;
  if (!article.headedParts) return drafts;
  const per = Math.ceil(article.headedParts / MAX_SECTIONS);
  return `The article has ${article.headedParts} headed parts: to keep to ${MAX_SECTIONS} lessons or fewer, every ${per} consecutive parts are one section (split a section to change that). ${drafts}`;
}

/**
 * The structure Lectern found, for the teacher to check before anything is generated or saved: title, byline,
 * sections, and every paragraph (where a section may be split) with its opening words.
 */
export function previewArticle(viewer: Viewer | null, input: unknown) {
  requireTeacher(viewer);
  const article = readImportInput(input);
  const starts = paragraphStarts(article.text);
  return {
    title: article.title,
    byline: article.byline,
    sections: article.sections.map((s) => ({ heading: s.heading, start: s.start })),
    limits: limitsNote(article),
    paragraphs: starts.map((start, i) => ({
      start,
      excerpt: excerpt(article.text.slice(start, starts[i + 1] ?? article.text.length)),
    })),
  };
}

export type ArticlePreview = ReturnType<typeof previewArticle>;
