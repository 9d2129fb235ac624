import { z } from "zod";
import { idSchema } from "../classes/schema";

/** One word as a reader can select it: letters, with inner apostrophes or hyphens ("o'clock", "de-escalate"). */
export const lookupWordSchema = z
  .string({ error: "Choose a word to look up." })
  .trim()
  .max(60, "Choose a single word to look up.")
  .transform((w) => w.replace(/’/g, "'").toLowerCase())
  .pipe(z.string().regex(/^\p{L}+(?:['-]\p{L}+)*$/u, "Choose a single word to look up."));

/** A lookup: the word, the sentence it stands in (for the sense), and the assignment or the lesson being read. */
export const lookupSchema = z
  .object({
    word: lookupWordSchema,
    sentence: z.string().max(2000, "The sentence is too long.").default(""),
    assignmentId: idSchema.optional(),
    lessonId: idSchema.optional(),
  })
  .refine((v) => (v.assignmentId === undefined) !== (v.lessonId === undefined), {
    message: "Say which assignment or lesson the word is in.",
    path: ["assignmentId"],
  });

export type LookupInput = z.infer<typeof lookupSchema>;
