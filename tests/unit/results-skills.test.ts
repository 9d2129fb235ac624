import { describe, expect, it } from "vitest";
import { SKILLS } from "../../lib/content/schema";
import { skillResults } from "../../lib/results/skill-breakdown";

describe("skillResults", () => {
  it("lists every skill in teaching order, with percent of points and null for skills with no answers", () => {
    const results = skillResults([
      { skill: "detail", answers: 4, points: 3, maxPoints: 4 },
      { skill: "main_idea", answers: 2, points: 0.5, maxPoints: 2 },
    ]);
    expect(results.map((r) => r.skill)).toEqual([...SKILLS]);
    expect(results[0]).toEqual({ skill: "main_idea", label: "Main idea", answers: 2, percent: 25 });
    expect(results[1]).toEqual({ skill: "detail", label: "Detail", answers: 4, percent: 75 });
    expect(results.find((r) => r.skill === "inference")).toMatchObject({ answers: 0, percent: null });
  });
});
