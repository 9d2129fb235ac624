import { z } from "zod";
import { INPUT_KINDS, MAX_INPUT_BYTES } from "./parsed-article";

/** The import form: the article's text (pasted, or read from the uploaded file in the browser) and its kind. */
export const importArticleSchema = z.object({
  text: z
    .string()
    .trim()
    .min(1, "Paste an article or choose a file")
    .refine(
      (s) => Buffer.byteLength(s, "utf8") <= MAX_INPUT_BYTES,
      "The article is larger than the 200 KB limit",
    ),
  kind: z.enum(INPUT_KINDS, { message: "Choose text, markdown or HTML" }),
});
