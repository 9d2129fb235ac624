import { describe, expect, it } from "vitest";
import { formatDuration, formatPercent } from "../../components/results/format";

describe("results formatting", () => {
  it("shows durations in seconds, then minutes and seconds", () => {
    expect(formatDuration(null)).toBe("—");
    expect(formatDuration(44.6)).toBe("45 s");
    expect(formatDuration(120)).toBe("2 min");
    expect(formatDuration(125.2)).toBe("2 min 5 s");
  });
  it("shows percents to one decimal, and a dash for none", () => {
    expect(formatPercent(66.666)).toBe("66.7%");
    expect(formatPercent(null)).toBe("—");
  });
});
