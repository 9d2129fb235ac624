/**
 * Pure statistics for class results. No I/O: the database computes per-student and per-question aggregates, and these
 * functions summarize the small arrays it returns (one number per student), so they stay cheap and unit-testable.
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

/** Population standard deviation; null for fewer than two values or no spread. */
function standardDeviation(values: readonly number[]): number | null {
  const m = mean(values);
  if (m === null || values.length < 2) return null;
  const variance = values.reduce((sum, v) => sum + (v - m) ** 2, 0) / values.length;
  return variance > 0 ? Math.sqrt(variance) : null;
}

export interface ItemObservation {
  /** Whether this student got the item right. */
  correct: boolean;
  /** The student's total score (percent) on the assignment. */
  total: number;
}

/**
 * Point-biserial correlation between getting the item right and the total score: r = (M1 − M0) / s · √(p·q).
 * Null when it is undefined (everyone right, everyone wrong, or no spread in totals).
 */
export function pointBiserial(observations: readonly ItemObservation[]): number | null {
  const totals = observations.map((o) => o.total);
  const s = standardDeviation(totals);
  const right = observations.filter((o) => o.correct).map((o) => o.total);
  const wrong = observations.filter((o) => !o.correct).map((o) => o.total);
  const m1 = mean(right);
  const m0 = mean(wrong);
  if (s === null || m1 === null || m0 === null) return null;
  const p = right.length / observations.length;
  return ((m1 - m0) / s) * Math.sqrt(p * (1 - p));
}

/**
 * Upper-lower discrimination index: share right among the top 27% of students by total minus share right among the
 * bottom 27%. Ranges −1..1; null when the groups would be empty (fewer than 4 students).
 */
export function upperLowerDiscrimination(observations: readonly ItemObservation[]): number | null {
  const groupSize = Math.round(observations.length * 0.27);
  if (groupSize < 1) return null;
  const ranked = [...observations].sort((a, b) => b.total - a.total);
  const share = (group: readonly ItemObservation[]) => group.filter((o) => o.correct).length / group.length;
  return share(ranked.slice(0, groupSize)) - share(ranked.slice(-groupSize));
}
