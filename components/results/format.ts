/** Scores are stored to a tenth of a percent; one decimal is all a teacher needs to compare them. */
export function formatPercent(value: number | null | undefined): string {
  if (value === null || value === undefined) return "—";
  return `${Math.round(value * 10) / 10}%`;
}

/** A time on task such as "45 s" or "2 min 5 s"; a dash when there is nothing to estimate from. */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return "—";
  const whole = Math.round(seconds);
  if (whole < 60) return `${whole} s`;
  const rest = whole % 60;
  return `${Math.floor(whole / 60)} min${rest ? ` ${rest} s` : ""}`;
}
