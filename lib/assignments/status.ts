export type WorkStatus = "not_started" | "in_progress" | "submitted" | "late" | "missing" | "needs_grading";

export type AttemptFacts = { status: "IN_PROGRESS" | "SUBMITTED"; late: boolean; provisional: boolean };

/** A student's standing on one assignment, from their attempts and the clock. */
export function workStatus(attempts: readonly AttemptFacts[], dueAt: Date, now: Date): WorkStatus {
  const submitted = attempts.filter((a) => a.status === "SUBMITTED");
  if (submitted.length > 0) {
    if (submitted.some((a) => a.provisional)) return "needs_grading";
    return submitted.every((a) => a.late) ? "late" : "submitted";
  }
  if (attempts.length > 0) return "in_progress";
  return now.getTime() > dueAt.getTime() ? "missing" : "not_started";
}

export const STATUS_LABELS: Record<WorkStatus, string> = {
  not_started: "Not started",
  in_progress: "In progress",
  submitted: "Submitted",
  late: "Submitted late",
  missing: "Missing",
  needs_grading: "Needs grading",
};
