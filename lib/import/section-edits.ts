import { z } from "zod";
import { ImportError, type ParsedArticle } from "./parsed-article";

/**
 * The teacher's corrections to the detected structure, as the list of sections they want: each names its heading
 * and the paragraph it starts at. Merging drops a boundary, splitting adds one, renaming changes a heading; the
 * article text itself never changes, so citations still point into it.
 */
export const sectionEditsSchema = z
  .array(
    z.object({
      heading: z
        .string()
        .trim()
        .min(1, "Every section needs a heading.")
        .max(200, "Keep headings under 200 characters."),
      start: z.number().int().min(0),
    }),
  )
  .min(1, "Keep at least one section.")
  .max(50, "At most 50 sections.");
export type SectionEdits = z.infer<typeof sectionEditsSchema>;

const PARAGRAPH_BREAK = "\n\n";

/** Where each paragraph of the stored text starts: the only places a section may start. */
export function paragraphStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf(PARAGRAPH_BREAK); i >= 0; i = text.indexOf(PARAGRAPH_BREAK, i + 1)) {
    starts.push(i + PARAGRAPH_BREAK.length);
  }
  return starts;
}

/** The article with the teacher's sections; refuses boundaries that are not paragraph starts in order. */
export function applySectionEdits(article: ParsedArticle, edits: SectionEdits): ParsedArticle {
  const allowed = new Set(paragraphStarts(article.text));
  if (edits[0]?.start !== 0)
    throw new ImportError("The first section must start at the beginning of the article.");
  edits.forEach((edit, i) => {
    if (!allowed.has(edit.start))
      throw new ImportError("A section can only start at the beginning of a paragraph.");
    if (i > 0 && edit.start <= edits[i - 1]!.start)
      throw new ImportError("Sections must follow the article's order.");
  });
  return {
    ...article,
    sections: edits.map((edit, i) => ({
      heading: edit.heading,
      start: edit.start,
      end: i + 1 < edits.length ? edits[i + 1]!.start - PARAGRAPH_BREAK.length : article.text.length,
    })),
  };
}
