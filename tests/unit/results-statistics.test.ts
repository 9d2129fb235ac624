import { describe, it, expect } from "vitest";
import { histogram, mean, median, percentCorrect } from "../../lib/results/statistics";

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
