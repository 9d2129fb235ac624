import type { SkillResult } from "@/lib/results/skill-breakdown";
import { formatPercent } from "./format";

/** Up to two skills at or above this share of points are named strongest; below the lower bar, need work. */
export const STRONG_PERCENT = 80;
export const WEAK_PERCENT = 60;
/** Skills closer together than this (in percentage points), none of them weak, are reported as even. */
const EVEN_SPREAD = 5;

type Scored = SkillResult & { percent: number };

const named = (skills: Scored[]) => skills.map((s) => `${s.label} (${formatPercent(s.percent)})`).join(", ");

/**
 * The sentence above a skill table, so a reader sees at once what goes well and what to work on: the
 * strongest skills (up to two above the strong bar, or else the top one unless it is weak) and the skills
 * below the weak bar, lowest first (or else the lowest one). A class at 60–80% everywhere still learns where
 * it is strongest and weakest, and a student above 80% everywhere is not told every skill is the strongest.
 */
export function skillSummary(skills: readonly SkillResult[]): string {
  const scored = skills.filter((s): s is Scored => s.percent !== null).sort((a, b) => b.percent - a.percent);
  if (scored.length === 0) return "No graded answers yet.";
  const top = scored[0]!;
  const bottom = scored[scored.length - 1]!;
  if (scored.length === 1) {
    if (top.percent >= STRONG_PERCENT) return `Strongest: ${named([top])}.`;
    if (top.percent < WEAK_PERCENT) return `Needs work: ${named([top])}.`;
    return "No skill stands out yet.";
  }
  const weak = scored.filter((s) => s.percent < WEAK_PERCENT).reverse();
  // Compared as shown (to a tenth), so "60% to 65%" is never called even.
  const shown = (s: Scored) => Math.round(s.percent * 10) / 10;
  if (weak.length === 0 && shown(top) - shown(bottom) < EVEN_SPREAD) {
    return `About even across skills (${formatPercent(bottom.percent)} to ${formatPercent(top.percent)}).`;
  }
  const strong = scored.filter((s) => s.percent >= STRONG_PERCENT).slice(0, 2);
  // A top skill that itself needs work is not called a strength.
  const strongest = strong.length > 0 ? strong : weak.includes(top) ? [] : [top];
  const lowest = strongest.includes(bottom) ? [] : [bottom];
  return [
    strongest.length > 0 ? `Strongest: ${named(strongest)}.` : "",
    weak.length > 0 ? `Needs work: ${named(weak)}.` : lowest.length > 0 ? `Lowest: ${named(lowest)}.` : "",
  ]
    .join(" ")
    .trim();
}
