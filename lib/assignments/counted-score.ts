import { pickCountedAttempt } from "../grading/score";

type AttemptRow = { status: "IN_PROGRESS" | "SUBMITTED"; percent: number | null; submittedAt: Date | null };

/** The percent that counts for an assignment under its scoring rule, or null before any graded submission. */
export function countedPercent(attempts: readonly AttemptRow[], rule: "BEST" | "LATEST"): number | null {
  const scored = attempts.flatMap((a) =>
    a.status === "SUBMITTED" && a.percent !== null && a.submittedAt
      ? [{ percent: a.percent, submittedAt: a.submittedAt }]
      : [],
  );
  return pickCountedAttempt(scored, rule === "BEST" ? "best" : "latest")?.percent ?? null;
}
