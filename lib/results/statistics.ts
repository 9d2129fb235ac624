/**
 * Pure statistics for class results. No I/O: the database computes per-student and per-question aggregates (the
 * discrimination index is PostgreSQL's corr(), see item-analysis-sql.ts), and these functions summarize the small
 * arrays it returns (one number per student), so they stay cheap and unit-testable.
 */

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

/** Percent of `correct` in `total`, or null when nobody answered (0% would wrongly read as "everyone missed it"). */
export function percentCorrect(correct: number, total: number): number | null {
  if (total <= 0) return null;
  return (100 * correct) / total;
}

export interface HistogramBin {
  /** Inclusive lower bound, in percent. */
  from: number;
  /** Exclusive upper bound, except the last bin, which includes 100. */
  to: number;
  count: number;
}

/** Bins percent scores (0..100) into `binCount` equal bins; a perfect 100 falls into the last bin, not a bin of its own. */
export function histogram(percents: readonly number[], binCount = 10): HistogramBin[] {
  if (!Number.isInteger(binCount) || binCount < 1)
    throw new RangeError("binCount must be a positive integer");
  const width = 100 / binCount;
  const bins: HistogramBin[] = Array.from({ length: binCount }, (_, i) => ({
    from: i * width,
    to: (i + 1) * width,
    count: 0,
  }));
  for (const p of percents) {
    const clamped = Math.min(100, Math.max(0, p));
    const bin = bins[Math.min(binCount - 1, Math.floor(clamped / width))];
    if (bin) bin.count += 1;
  }
  return bins;
}
