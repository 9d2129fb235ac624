import { z } from "zod";
import { storableText } from "../text-schema";

/** The structure an import finds before generation; the teacher may correct it in the preview. */
export const parsedArticleSchema = z.object({
  title: storableText().trim().min(1).max(300),
  byline: storableText().trim().max(300),
  text: storableText().min(1),
  sections: z
    .array(
      z.object({
        heading: storableText().trim().min(1).max(200),
        start: z.number().int().min(0),
        end: z.number().int().min(1),
        /** The heading's level (2 for `##` or <h2>) where the input shows one: a deeper section is a sub-section. */
        level: z.number().int().min(1).max(6).optional(),
      }),
    )
    .min(1),
  /** Set when a long article's headed parts were joined into fewer sections (MAX_SECTIONS): how many it has. */
  headedParts: z.number().int().min(1).optional(),
});
export type ParsedArticle = z.infer<typeof parsedArticleSchema>;

/**
 * The limit applies to the file or page as given; what limits an article is its text (PASSAGE_MAX). Real web pages
 * run to a few MB, mostly scripts and styles, which the reader drops.
 */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;
export const TOO_LARGE_INPUT = "The file is larger than the 5 MB limit.";
/**
 * A long article (a book chapter, a report) makes at most this many section lessons besides the overview, and each
 * lesson at most MAX_DRAFTS_PER_LESSON draft questions: a teacher reviews every draft, so hundreds would not be read.
 */
export const MAX_SECTIONS = 12;
export const MAX_DRAFTS_PER_LESSON = 12;

export const INPUT_KINDS = ["text", "markdown", "html"] as const;
export type InputKind = (typeof INPUT_KINDS)[number];

/** An import the input itself makes impossible; the message is shown to the teacher as is. */
export class ImportError extends Error {}
