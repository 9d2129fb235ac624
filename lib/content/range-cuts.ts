type Range = { start: number; end: number };

/**
 * The ranges that touch [start, end), and the sorted points where [start, end) is cut by their boundaries: each
 * pair of neighbouring points is a run inside the same ranges (passage-citations.ts, lib/reading/passage-marks.ts).
 */
export function rangeCuts<R extends Range>(start: number, end: number, ranges: readonly R[]) {
  const inside = ranges.filter((r) => r.start < end && r.end > start);
  const cuts = new Set([start, end]);
  for (const r of inside) {
    cuts.add(Math.max(r.start, start));
    cuts.add(Math.min(r.end, end));
  }
  return { inside, points: [...cuts].sort((a, b) => a - b) };
}
