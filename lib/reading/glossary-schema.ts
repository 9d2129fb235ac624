import { z } from "zod";
import { idSchema } from "../classes/schema";
import { storableText } from "../text-schema";
import { lookupWordSchema } from "./lookup-schema";

/** A teacher's glossary entry, as the lesson editor and the assignment settings send it. */
export const glossaryEntrySchema = z.object({
  word: lookupWordSchema,
  definition: storableText()
    .trim()
    .min(1, "Enter the definition students will see")
    .max(500, "Use at most 500 characters"),
  example: storableText()
    .trim()
    .max(300, "Use at most 300 characters")
    .optional()
    .transform((e) => e || null),
});

export const glossaryEntryRefSchema = z.object({ entryId: idSchema });
