import { gradedSoFarLabel, shortGradedSoFar, type GradedSoFar } from "@/lib/results/provisional";

/**
 * A provisional score in a table cell: "6/8 graded · 4 pts to grade", read aloud as a sentence instead, since a
 * screen reader would say "6 slash 8" and "p t s".
 */
export function GradedSoFarScore({ score, className }: { score: GradedSoFar; className?: string }) {
  return (
    <span className={className}>
      <span aria-hidden="true">{shortGradedSoFar(score)}</span>
      <span className="sr-only">{gradedSoFarLabel(score)}</span>
    </span>
  );
}
