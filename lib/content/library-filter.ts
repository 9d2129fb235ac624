import { z } from "zod";
import { QUESTION_TYPES, SKILLS } from "./schema";

// Search params come from a bookmarkable URL: an unknown value means "any", never an error page.
export const libraryFilterSchema = z.object({
  skill: z.enum(SKILLS).optional().catch(undefined),
  type: z.enum(QUESTION_TYPES).optional().catch(undefined),
});
export type LibraryFilter = z.infer<typeof libraryFilterSchema>;

/** Reads the library's filter from URL search params (`?skill=…&type=…`); repeated or empty values mean "any". */
export function libraryFilterFrom(params: Record<string, string | string[] | undefined>): LibraryFilter {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
  return libraryFilterSchema.parse({ skill: first(params.skill), type: first(params.type) });
}
