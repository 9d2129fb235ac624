import { describe, expect, it } from "vitest";
import { timeWarning } from "../../components/quiz/time-warnings";

const min = 60_000;

describe("timeWarning", () => {
  it("announces 5 and then 1 minute left, once each, as the clock runs down", () => {
    const announced = new Set<number>();
    const said = [6 * min, 5 * min, 4.5 * min, 61_000, 60_000, 30_000, 0].map((left) =>
      timeWarning(left, announced),
    );
    expect(said).toEqual([null, "5 minutes left.", null, null, "1 minute left.", null, null]);
  });

  it("says the real time left, once, when the page opens after a warning time", () => {
    const announced = new Set<number>();
    expect(timeWarning(3 * min - 500, announced)).toBe("3 minutes left.");
    expect(timeWarning(3 * min - 1500, announced)).toBeNull();
    expect(timeWarning(59_000, announced)).toBe("1 minute left.");
    expect(timeWarning(40_000, new Set())).toBe("1 minute left.");
  });
});
