import { rangeCuts } from "@/lib/content/range-cuts";

/** A highlight as the passage shows it: offsets into the passage, and which of the four colours. */
export type PassageMark = { id: string; start: number; end: number; color: HighlightColor };

export const HIGHLIGHT_COLORS = ["yellow", "green", "blue", "pink"] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

/** A run of a sentence (or the space between two) inside at most one highlight. */
export type MarkedRun = { start: number; end: number; mark: PassageMark | null };

/**
 * Cuts [start, end) at every highlight boundary. Where highlights overlap, the one listed last (the newest) is
 * shown, so a highlight over an older one is visible where the student put it.
 */
export function markedRuns(start: number, end: number, marks: readonly PassageMark[]): MarkedRun[] {
  const { inside, points } = rangeCuts(start, end, marks);
  const runs: MarkedRun[] = [];
  for (const [i, from] of points.slice(0, -1).entries()) {
    const to = points[i + 1]!;
    const mark = inside.findLast((m) => m.start < to && m.end > from) ?? null;
    const last = runs.at(-1);
    // Where an older highlight ends under a newer one, the newer one's run goes on unbroken.
    if (last && last.mark === mark) last.end = to;
    else runs.push({ start: from, end: to, mark });
  }
  return runs;
}
