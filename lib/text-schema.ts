import { z } from "zod";

// A UTF-16 surrogate not paired with its other half: JavaScript strings may hold one, but it is not Unicode, and
// PostgreSQL refuses it (22P02 in jsonb), which would fail the request instead of telling the person.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * A string schema for anything stored or sent to PostgreSQL: it refuses U+0000, which PostgreSQL can hold neither
 * in text nor in jsonb, and text that is not well-formed Unicode, so the person gets a message on the field.
 */
export const storableText = () =>
  z
    .string()
    .refine((s) => !s.includes("\u0000"), "Remove the invisible NUL character; it cannot be saved")
    .refine(
      (s) => !LONE_SURROGATE.test(s),
      "Remove the broken character (half of an emoji or symbol); it cannot be saved",
    );
