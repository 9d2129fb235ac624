import { histogram, mean, median } from "./statistics";

/** What completionQuery (item-analysis-sql.ts) reads for one assignment. */
export type CompletionCounts = {
  enrolled: number;
  started: number;
  submitted: number;
  needsGrading: number;
  medianSeconds: number | null;
  /** The counted attempts' percents. */
  percents: number[];
};

/**
 * The report's summary cards and score distribution from one completion row. Pure, so the report page and the
 * live endpoint it polls say the same thing from the same numbers.
 */
export function reportSummary(c: CompletionCounts, dueAt: Date, now: Date) {
  return {
    completion: {
      enrolled: c.enrolled,
      started: c.started,
      submitted: c.submitted,
      inProgress: Math.max(0, c.started - c.submitted),
      notStarted: Math.max(0, c.enrolled - c.started),
      // Before the due time nobody is missing yet; after it, everyone enrolled who has not submitted is.
      missing: now > dueAt ? Math.max(0, c.enrolled - c.submitted) : 0,
      needsGrading: c.needsGrading,
      medianMinutes: c.medianSeconds === null ? null : c.medianSeconds / 60,
    },
    scores: {
      mean: mean(c.percents),
      median: median(c.percents),
      distribution: histogram(c.percents, 10),
    },
  };
}

export type ReportSummary = ReturnType<typeof reportSummary>;
