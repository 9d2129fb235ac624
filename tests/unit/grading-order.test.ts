import { describe, expect, it } from "vitest";
import { keepFirstOrder, nextUngraded } from "../../components/results/grading-order";

const r = (id: string, points: number | null = null) => ({ id, points });

describe("the grading list's order", () => {
  it("keeps a graded card where it was, and puts answers that arrive later after the others", () => {
    // The server now lists b (graded) after c, and d is new.
    const refreshed = [r("a"), r("c"), r("d"), r("b", 2)];
    expect(keepFirstOrder(refreshed, ["a", "b", "c"]).map((x) => x.id)).toEqual(["a", "b", "c", "d"]);
  });

  it("moves on to the next answer still to grade, wrapping to the top, and to none when all are graded", () => {
    const items = [r("a"), r("b", 1), r("c"), r("d")];
    expect(nextUngraded(items, "a", new Set(["a"]))?.id).toBe("c");
    expect(nextUngraded(items, "c", new Set(["a", "c"]))?.id).toBe("d");
    expect(nextUngraded(items, "d", new Set(["d"]))?.id).toBe("a");
    expect(nextUngraded(items, "d", new Set(["a", "c", "d"]))).toBeNull();
  });
});
