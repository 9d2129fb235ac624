import { describe, expect, it } from "vitest";
import type { SkillResult } from "../../lib/results/skill-breakdown";
import { skillSummary } from "../../components/results/skill-summary";

const skill = (label: string, percent: number | null): SkillResult => ({
  skill: "detail",
  label,
  answers: percent === null ? 0 : 10,
  percent,
});
const skills = (entries: [string, number | null][]) =>
  entries.map(([label, percent]) => skill(label, percent));

describe("skillSummary", () => {
  it("says so when nothing is graded yet", () => {
    expect(skillSummary(skills([["Detail", null]]))).toBe("No graded answers yet.");
  });

  it("names the two strongest skills and every weak one, lowest first, leaving ungraded skills out", () => {
    const summary = skillSummary(
      skills([
        ["Main idea", 91],
        ["Detail", 85],
        ["Inference", 95],
        ["Author's perspective", 42],
        ["Vocabulary in context", 55.55],
        ["Claim vs. criticism", null],
      ]),
    );
    expect(summary).toBe(
      "Strongest: Inference (95%), Main idea (91%). " +
        "Needs work: Author's perspective (42%), Vocabulary in context (55.6%).",
    );
  });

  it("names only the lowest, not every skill as strongest, when all clear the strong bar", () => {
    const summary = skillSummary(
      skills([
        ["Main idea", 98.5],
        ["Detail", 85.5],
        ["Inference", 95.3],
        ["Sequence", 88.4],
      ]),
    );
    expect(summary).toBe("Strongest: Main idea (98.5%), Inference (95.3%). Lowest: Detail (85.5%).");
  });

  it("ranks a middling class too: its top skill and its lowest", () => {
    const summary = skillSummary(
      skills([
        ["Main idea", 79.6],
        ["Detail", 67.7],
        ["Author's perspective", 64],
      ]),
    );
    expect(summary).toBe("Strongest: Main idea (79.6%). Lowest: Author's perspective (64%).");
  });

  it("calls skills within five points of each other even", () => {
    expect(
      skillSummary(
        skills([
          ["Detail", 70],
          ["Inference", 66],
          ["Main idea", 68],
        ]),
      ),
    ).toBe("About even across skills (66% to 70%).");
  });

  it("calls no weak skill a strength, and flags a class weak everywhere however close its skills are", () => {
    expect(
      skillSummary(
        skills([
          ["Main idea", 50],
          ["Detail", 40],
          ["Inference", 30],
        ]),
      ),
    ).toBe("Needs work: Inference (30%), Detail (40%), Main idea (50%).");
    expect(
      skillSummary(
        skills([
          ["Main idea", 32],
          ["Detail", 30],
        ]),
      ),
    ).toBe("Needs work: Detail (30%), Main idea (32%).");
  });

  it("ranks skills that are five points apart as shown, not as stored", () => {
    expect(
      skillSummary(
        skills([
          ["Detail", 64.96],
          ["Inference", 60],
        ]),
      ),
    ).toBe("Strongest: Detail (65%). Lowest: Inference (60%).");
  });

  it("does not repeat a skill named strongest as the lowest", () => {
    expect(
      skillSummary(
        skills([
          ["Detail", 90],
          ["Inference", 82],
        ]),
      ),
    ).toBe("Strongest: Detail (90%), Inference (82%).");
  });

  it("with one graded skill, names it only when it is strong or weak", () => {
    expect(skillSummary(skills([["Detail", 90]]))).toBe("Strongest: Detail (90%).");
    expect(skillSummary(skills([["Detail", 50]]))).toBe("Needs work: Detail (50%).");
    expect(skillSummary(skills([["Detail", 70]]))).toBe("No skill stands out yet.");
  });
});
