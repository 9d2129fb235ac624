/** A student's standing on one assignment: computed in SQL (lib/results/counted-attempts-sql.ts attemptCells). */
export type WorkStatus = "not_started" | "in_progress" | "submitted" | "late" | "missing" | "needs_grading";

export const STATUS_LABELS: Record<WorkStatus, string> = {
  not_started: "Not started",
  in_progress: "In progress",
  submitted: "Submitted",
  late: "Submitted late",
  missing: "Missing",
  needs_grading: "Needs grading",
};
