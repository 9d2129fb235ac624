import { z } from "zod";

/** The structure an import finds before generation; the teacher may correct it in the preview. */
export const parsedArticleSchema = z.object({
  title: z.string().trim().min(1).max(300),
  byline: z.string().trim().max(300),
  text: z.string().min(1),
  sections: z
    .array(
      z.object({
        heading: z.string().trim().min(1).max(200),
        start: z.number().int().min(0),
        end: z.number().int().min(1),
      }),
    )
    .min(1),
});
export type ParsedArticle = z.infer<typeof parsedArticleSchema>;

export const MAX_INPUT_BYTES = 200 * 1024;
export const INPUT_KINDS = ["text", "markdown", "html"] as const;
export type InputKind = (typeof INPUT_KINDS)[number];

/** An import the input itself makes impossible; the message is shown to the teacher as is. */
export class ImportError extends Error {}
