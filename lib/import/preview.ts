import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { AppError } from "../errors";
import { parseInput } from "../forms/parse";
import { ImportError, type ParsedArticle } from "./parsed-article";
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
    paragraphs: starts.map((start, i) => ({
      start,
      excerpt: excerpt(article.text.slice(start, starts[i + 1] ?? article.text.length)),
    })),
  };
}

export type ArticlePreview = ReturnType<typeof previewArticle>;
