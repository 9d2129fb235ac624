import { z } from "zod";

/**
 * A string schema for anything stored or sent to PostgreSQL: it refuses U+0000, which PostgreSQL can hold neither
 * in text nor in jsonb, so the person gets a message on the field instead of the database failing the request.
 */
export const storableText = () =>
  z.string().refine((s) => !s.includes("\u0000"), "Remove the invisible NUL character; it cannot be saved");
