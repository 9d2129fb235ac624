import { z } from "zod";
import { idSchema } from "../classes/schema";
import { storableText } from "../text-schema";
import { HIGHLIGHT_NOTE_MAX } from "./highlight-types";
import { HIGHLIGHT_COLORS } from "./passage-marks";

const offset = z.number().int().min(0).max(1_000_000);

/** One save of a highlight (lib/reading/highlight-types.ts HighlightSave), as the browser sends it. */
export const saveHighlightSchema = z
  .object({
    id: z.uuid("Not a valid highlight id"),
    lessonId: idSchema,
    assignmentId: idSchema.nullable(),
    start: offset,
    end: offset,
    color: z.enum(HIGHLIGHT_COLORS, "Choose yellow, green, blue or pink"),
    note: storableText().max(HIGHLIGHT_NOTE_MAX, `Keep the note under ${HIGHLIGHT_NOTE_MAX} characters`),
    // As answers' versions (lib/attempts/schema.ts): tenths of a second, so the latest change wins.
    version: z.number().int().min(1).max(2_000_000_000),
    deleted: z.boolean(),
  })
  .refine((h) => h.end > h.start, { path: ["end"], message: "Select some text to highlight" });
