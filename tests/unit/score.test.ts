import { describe, it, expect } from "vitest";
import { pickCountedAttempt, scoreAttempt } from "../../lib/grading/score";

describe("scoreAttempt", () => {
  it("scores an empty attempt as 0 of 0 without dividing by zero", () => {
    expect(scoreAttempt([])).toEqual({ points: 0, maxPoints: 0, percent: 0, provisional: false });
  });

  it("gives 0% when every item is worth 0", () => {
    expect(scoreAttempt([{ maxPoints: 0, points: 0 }])).toEqual({
      points: 0,
      maxPoints: 0,
      percent: 0,
      provisional: false,
    });
  });

  it("sums graded items, including partial credit", () => {
    // 2 + 0.67 + 0 = 2.67 of 5 → 53.4%
    expect(
      scoreAttempt([
        { maxPoints: 2, points: 2 },
        { maxPoints: 2, points: 0.67 },
        { maxPoints: 1, points: 0 },
      ]),
    ).toEqual({ points: 2.67, maxPoints: 5, percent: 53.4, provisional: false });
  });

  it("counts an ungraded item as 0 and marks the score provisional", () => {
    // 3 of 8 → 37.5%
    expect(
      scoreAttempt([
        { maxPoints: 3, points: 3 },
        { maxPoints: 5, points: null },
      ]),
    ).toEqual({ points: 3, maxPoints: 8, percent: 37.5, provisional: true });
  });

  it("is provisional with 0 points when nothing is graded yet", () => {
    expect(scoreAttempt([{ maxPoints: 4, points: null }])).toEqual({
      points: 0,
      maxPoints: 4,
      percent: 0,
      provisional: true,
    });
  });

  it("rounds percent to one decimal", () => {
    expect(scoreAttempt([{ maxPoints: 3, points: 2 }]).percent).toBe(66.7); // 66.666…
    expect(scoreAttempt([{ maxPoints: 3, points: 1 }]).percent).toBe(33.3); // 33.333…
    expect(scoreAttempt([{ maxPoints: 6, points: 1 }]).percent).toBe(16.7); // 16.666…
    expect(scoreAttempt([{ maxPoints: 8, points: 1 }]).percent).toBe(12.5);
    expect(scoreAttempt([{ maxPoints: 4, points: 4 }]).percent).toBe(100);
  });

  it("drops floating-point drift from the total", () => {
    // 0.1 + 0.2 is 0.30000000000000004 in floating point.
    expect(
      scoreAttempt([
        { maxPoints: 1, points: 0.1 },
        { maxPoints: 1, points: 0.2 },
      ]),
    ).toEqual({ points: 0.3, maxPoints: 2, percent: 15, provisional: false });
  });
});

describe("pickCountedAttempt", () => {
  const day = (d: number) => new Date(Date.UTC(2025, 0, d));
  const first = { id: "first", percent: 80, submittedAt: day(1) };
  const top = { id: "top", percent: 90, submittedAt: day(2) };
  const last = { id: "last", percent: 85, submittedAt: day(3) };

  it("returns null when there are no attempts", () => {
    expect(pickCountedAttempt([], "best")).toBeNull();
    expect(pickCountedAttempt([], "latest")).toBeNull();
  });

  it("returns the only attempt under either rule", () => {
    expect(pickCountedAttempt([first], "best")).toBe(first);
    expect(pickCountedAttempt([first], "latest")).toBe(first);
  });

  it("best picks the highest percent regardless of order", () => {
    expect(pickCountedAttempt([first, top, last], "best")).toBe(top);
    expect(pickCountedAttempt([last, first, top], "best")).toBe(top);
  });

  it("best breaks ties by the latest submission regardless of order", () => {
    const earlyTie = { id: "early", percent: 90, submittedAt: day(1) };
    const lateTie = { id: "late", percent: 90, submittedAt: day(4) };
    expect(pickCountedAttempt([earlyTie, lateTie, last], "best")).toBe(lateTie);
    expect(pickCountedAttempt([lateTie, earlyTie, last], "best")).toBe(lateTie);
  });

  it("latest picks the most recent submission, even when it scored lower", () => {
    expect(pickCountedAttempt([first, top, last], "latest")).toBe(last);
    expect(pickCountedAttempt([last, top, first], "latest")).toBe(last);
  });

  it("returns the caller's own record with its extra fields", () => {
    expect(pickCountedAttempt([first, top], "best")?.id).toBe("top");
  });
});
