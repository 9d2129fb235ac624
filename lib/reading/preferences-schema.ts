import { z } from "zod";
import { idSchema } from "../classes/schema";
import { storableText } from "../text-schema";
import { LINE_SPACINGS, READING_FONTS, READING_THEMES, SPEECH_RATES, TEXT_SIZES } from "./preferences-rules";

const oneOf = <T extends number>(values: readonly T[], message: string) =>
  z.number().refine((n): n is T => (values as readonly number[]).includes(n), message);

/**
 * A change to the student's reading settings: only the fields sent change. Sending a setting's app default (the
 * "system" theme) is stored as no choice, so a teacher's class default applies again where it has one.
 */
export const readingPreferencesPatchSchema = z
  .object({
    textSize: oneOf(TEXT_SIZES, "Choose one of the offered text sizes"),
    lineSpacing: oneOf(LINE_SPACINGS, "Choose one of the offered line spacings"),
    font: z.enum(READING_FONTS, "Choose the standard or the reading font"),
    lineFocus: z.boolean("Line focus is on or off"),
    theme: z.enum(READING_THEMES, "Choose one of the offered themes"),
    readAloud: z.boolean("Read aloud is on or off"),
    speechRate: oneOf(SPEECH_RATES, "Choose one of the offered speeds"),
    voiceName: storableText().max(200, "That voice name is too long").nullable(),
  })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, "Choose a setting to change");

export type ReadingPreferencesPatch = z.infer<typeof readingPreferencesPatchSchema>;

const checkbox = z
  .union([z.literal("on"), z.literal("")])
  .optional()
  .transform((v) => v === "on");

/** The roster's per-student reading defaults form (checkboxes send "on"). */
export const classReadingDefaultSchema = z.object({
  studentId: idSchema,
  readAloud: checkbox,
  dyslexicFont: checkbox,
});
