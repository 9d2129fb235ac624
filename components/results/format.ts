/** Scores are stored to a tenth of a percent; one decimal is all a teacher needs to compare them. */
export function formatPercent(value: number | null | undefined): string {
  if (value === null || value === undefined) return "—";
  return `${Math.round(value * 10) / 10}%`;
}
