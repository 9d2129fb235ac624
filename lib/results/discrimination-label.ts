/**
 * Plain words for the point-biserial index, with the thresholds item-analysis guides commonly use
 * (≥ 0.3 good, 0.2–0.3 fair, below that weak, negative: stronger students got it wrong more often).
 */
export function describeDiscrimination(r: number | null): string {
  if (r === null) return "not enough spread to tell";
  if (r < 0) return "negative: check the answer key";
  if (r < 0.2) return "weak";
  if (r < 0.3) return "fair";
  return "good";
}
