import { describe, it, expect } from "vitest";
import {
  histogram,
  mean,
  median,
  percentCorrect,
  pointBiserial,
  upperLowerDiscrimination,
} from "../../lib/results/statistics";

describe("mean and median", () => {
  it("are null for no values", () => {
    expect(mean([])).toBeNull();
    expect(median([])).toBeNull();
  });
  it("match hand-computed values", () => {
    expect(mean([2, 4, 9])).toBe(5);
    expect(median([9, 2, 4])).toBe(4);
    // Even count: average of the middle two (4 and 6).
    expect(median([10, 4, 6, 1])).toBe(5);
  });
});

describe("percentCorrect", () => {
  it("is null when nobody answered, a percent otherwise", () => {
    expect(percentCorrect(0, 0)).toBeNull();
    expect(percentCorrect(3, 4)).toBe(75);
  });
});

describe("histogram", () => {
  it("puts each percent in its bin, with 100 in the last", () => {
    const bins = histogram([0, 5, 10, 55, 99.9, 100], 10);
    expect(bins.map((b) => b.count)).toEqual([2, 1, 0, 0, 0, 1, 0, 0, 0, 2]);
    expect(bins[0]).toEqual({ from: 0, to: 10, count: 2 });
  });
  it("refuses a non-positive bin count", () => {
    expect(() => histogram([1], 0)).toThrow(RangeError);
  });
});

describe("point-biserial", () => {
  it("matches the hand computation", () => {
    // Totals 90, 80 (right) and 60, 50 (wrong): mean 70, population sd √250, M1 − M0 = 30, p = q = 0.5.
    // r = 30 / √250 · 0.5 = 0.94868…
    const r = pointBiserial([
      { correct: true, total: 90 },
      { correct: true, total: 80 },
      { correct: false, total: 60 },
      { correct: false, total: 50 },
    ]);
    expect(r).toBeCloseTo(15 / Math.sqrt(250), 10);
    expect(r).toBeCloseTo(0.9487, 4);
  });
  it("is null when everyone got it right", () => {
    expect(
      pointBiserial([
        { correct: true, total: 90 },
        { correct: true, total: 40 },
      ]),
    ).toBeNull();
  });
});

describe("upper-lower 27% discrimination", () => {
  it("is share right in the top group minus the bottom group", () => {
    // 10 students → groups of round(2.7) = 3. Top three (100, 90, 80): 3 right; bottom three (30, 20, 10): 1 right.
    const totals = [100, 90, 80, 70, 60, 50, 40, 30, 20, 10];
    const correct = [true, true, true, false, true, false, false, false, true, false];
    const d = upperLowerDiscrimination(totals.map((total, i) => ({ total, correct: correct[i] === true })));
    expect(d).toBeCloseTo(1 - 1 / 3, 10);
  });
  it("is null with too few students for a group", () => {
    expect(upperLowerDiscrimination([{ correct: true, total: 50 }])).toBeNull();
  });
});
