import { describe, expect, it } from "vitest";
import {
  describeGradedSoFar,
  gradedSoFarLabel,
  scoreOverGraded,
  shortGradedSoFar,
} from "../../lib/results/provisional";

describe("provisional scores", () => {
  it("are shown over the points graded so far, with the pending points named", () => {
    const s = scoreOverGraded({ points: 6, maxPoints: 14 }, 4);
    expect(s).toEqual({ points: 6, gradedMax: 10, pendingPoints: 4, percent: 60 });
    expect(describeGradedSoFar(s)).toBe(
      "60% of the 10 points graded so far (6 earned); 4 points wait for the teacher's grading.",
    );
  });

  it("say when nothing is graded yet, and never go past the attempt's maximum", () => {
    const s = scoreOverGraded({ points: 0, maxPoints: 4 }, 9);
    expect(s).toEqual({ points: 0, gradedMax: 0, pendingPoints: 4, percent: null });
    expect(describeGradedSoFar(s)).toBe("Nothing is graded yet: 4 points wait for the teacher's grading.");
    expect(describeGradedSoFar(scoreOverGraded({ points: 2, maxPoints: 3 }, 1))).toContain("1 point waits");
  });

  it("fit a table cell in short, with a label that reads as a sentence", () => {
    const s = scoreOverGraded({ points: 6, maxPoints: 12 }, 4);
    expect(shortGradedSoFar(s)).toBe("6/8 graded · 4 pts to grade");
    expect(gradedSoFarLabel(s)).toBe("6 of 8 graded points earned, 4 points still to grade");
    const partial = scoreOverGraded({ points: 2.333333, maxPoints: 4 }, 1);
    expect(shortGradedSoFar(partial)).toBe("2.33/3 graded · 1 pt to grade");
    expect(gradedSoFarLabel(partial)).toBe("2.33 of 3 graded points earned, 1 point still to grade");
    const none = scoreOverGraded({ points: 0, maxPoints: 4 }, 4);
    expect(shortGradedSoFar(none)).toBe("4 pts to grade");
    expect(gradedSoFarLabel(none)).toBe("Nothing graded yet, 4 points still to grade");
  });
});
