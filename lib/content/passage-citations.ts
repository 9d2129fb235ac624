import { rangeCuts } from "./range-cuts";
import { passageBlocks, type PassageBlock } from "./passage-blocks";

/** A question's citation as offsets into the passage (not the article). */
export type PassageCitation = { key: string; start: number; end: number };

/** A run of block text; `cited` lists the citations covering it, `starts` those that begin with it. */
export type Segment = { text: string; cited: string[]; starts: string[] };
export type CitedBlock = Omit<PassageBlock, "start"> & { segments: Segment[] };

/** Article offsets of a citation, moved into the passage that begins at `passageStart`. */
export const toPassageCitation = (
  key: string,
  c: { citationStart: number; citationEnd: number },
  passageStart: number,
): PassageCitation => ({ key, start: c.citationStart - passageStart, end: c.citationEnd - passageStart });

/**
 * Cuts each passage block into runs at every citation boundary, so each cited run can be marked and each
 * citation anchored where it begins. A citation crossing a paragraph break is marked in every block it
 * touches, anchored in the first; citations outside the passage mark nothing.
 */
export function citedBlocks(passage: string, citations: PassageCitation[]): CitedBlock[] {
  const anchored = new Set<string>();
  return passageBlocks(passage).map(({ start, ...block }) => {
    const end = start + block.text.length;
    const { inside, points } = rangeCuts(start, end, citations);
    const segments = points.slice(0, -1).map((from, i) => {
      const to = points[i + 1]!;
      const cited = inside.filter((c) => c.start < to && c.end > from).map((c) => c.key);
      const starts = cited.filter((key) => !anchored.has(key));
      for (const key of starts) anchored.add(key);
      return { text: block.text.slice(from - start, to - start), cited, starts };
    });
    return { ...block, segments };
  });
}
