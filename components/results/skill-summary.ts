import type { SkillResult } from "@/lib/results/skill-breakdown";
import { formatPercent } from "./format";

/** A skill at or above this share of points can be named a strength; below the lower bar it needs work. */
export const STRONG_PERCENT = 80;
export const WEAK_PERCENT = 60;

type Scored = SkillResult & { percent: number };

const named = (s: Scored) => `${s.label} (${formatPercent(s.percent)})`;

/**
 * The sentence above a skill table: the two strongest skills that clear the strong bar, then every skill below the
 * weak bar, lowest first. With none below it, the lowest skill is still named, so a reader strong everywhere also
 * sees where to go next instead of a list of every skill as "strongest".
 */
export function skillSummary(skills: readonly SkillResult[]): string {
  const scored = skills.filter((s): s is Scored => s.percent !== null).sort((a, b) => b.percent - a.percent);
  if (scored.length === 0) return "No graded answers yet.";
  const strongest = scored.filter((s) => s.percent >= STRONG_PERCENT).slice(0, 2);
  const weak = scored.filter((s) => s.percent < WEAK_PERCENT).reverse();
  const lowest = scored[scored.length - 1]!;
  const parts: string[] = [];
  if (strongest.length > 0) parts.push(`Strongest: ${strongest.map(named).join(", ")}.`);
  if (weak.length > 0) parts.push(`Needs work: ${weak.map(named).join(", ")}.`);
  else if (scored.length > 1 && !strongest.includes(lowest)) parts.push(`Lowest: ${named(lowest)}.`);
  return parts.length > 0 ? parts.join(" ") : "No skill stands out yet.";
}
