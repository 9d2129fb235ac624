/** A stored highlight's offsets and the passage text they held when it was saved. */
export type Anchor = { start: number; end: number; quote: string };

/**
 * Where a highlight is in today's passage: at its offsets while they still hold its text; after an edit moved the
 * text, at the occurrence of its text nearest to where it was; null when the text is gone.
 */
export function anchorIn(passage: string, a: Anchor): { start: number; end: number } | null {
  if (!a.quote) return null;
  if (passage.slice(a.start, a.end) === a.quote) return { start: a.start, end: a.end };
  let best: number | null = null;
  for (let at = passage.indexOf(a.quote); at >= 0; at = passage.indexOf(a.quote, at + 1)) {
    if (best === null || Math.abs(at - a.start) < Math.abs(best - a.start)) best = at;
  }
  return best === null ? null : { start: best, end: best + a.quote.length };
}

/** [start, end) without the white space at either end, or null when nothing but white space is left. */
export function trimmedRange(
  passage: string,
  start: number,
  end: number,
): { start: number; end: number } | null {
  const to = Math.min(end, passage.length);
  let from = start;
  let until = to;
  while (from < until && /\s/.test(passage[from]!)) from += 1;
  while (until > from && /\s/.test(passage[until - 1]!)) until -= 1;
  return until > from ? { start: from, end: until } : null;
}
