import { z } from "zod";
import { INPUT_KINDS, MAX_INPUT_BYTES, TOO_LARGE_INPUT } from "./parsed-article";
import { sectionEditsSchema } from "./section-edits";

/** The import form: the article's text (pasted, or read from the uploaded file in the browser) and its kind. */
export const importArticleSchema = z.object({
  text: z
    .string()
    .trim()
    .min(1, "Paste an article or choose a file")
    .refine((s) => Buffer.byteLength(s, "utf8") <= MAX_INPUT_BYTES, TOO_LARGE_INPUT),
  kind: z.enum(INPUT_KINDS, { message: "Choose text, markdown or HTML" }),
});

/** The sections the teacher confirmed in the preview. */
export const draftSectionsSchema = z.object({
  // The preview's corrected sections travel as JSON in one form field; absent means "as detected".
  sections: z
    .string()
    .optional()
    .transform((json, ctx) => {
      if (json === undefined || json === "") return undefined;
      try {
        return JSON.parse(json) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "The section corrections could not be read." });
        return z.NEVER;
      }
    })
    .pipe(sectionEditsSchema.optional()),
});
