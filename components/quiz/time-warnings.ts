const WARNING_MINUTES = [5, 1];

/**
 * What to announce with `leftMs` to go, given the warnings already announced (which it updates), or null. It says
 * the real minutes left, so a page opened with 3 minutes left announces "3 minutes left." once, not "5 minutes".
 */
export function timeWarning(leftMs: number, announced: Set<number>): string | null {
  const crossed = WARNING_MINUTES.filter((m) => leftMs <= m * 60_000 && leftMs > 0 && !announced.has(m));
  if (crossed.length === 0) return null;
  for (const m of crossed) announced.add(m);
  const minutes = Math.ceil(leftMs / 60_000);
  return `${minutes} minute${minutes === 1 ? "" : "s"} left.`;
}
