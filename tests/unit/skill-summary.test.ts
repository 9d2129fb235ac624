import { describe, expect, it } from "vitest";
import type { SkillResult } from "../../lib/results/skill-breakdown";
import { skillSummary } from "../../components/results/skill-summary";

const skill = (label: string, percent: number | null): SkillResult => ({
  skill: "detail",
  label,
  answers: percent === null ? 0 : 10,
  percent,
});

describe("skillSummary", () => {
  it("says so when nothing is graded yet", () => {
    expect(skillSummary([skill("Detail", null), skill("Inference", null)])).toBe("No graded answers yet.");
  });

  it("names the two strongest skills and every weak one, lowest first", () => {
    const summary = skillSummary([
      skill("Main idea", 91),
      skill("Detail", 85),
      skill("Inference", 95),
      skill("Author's perspective", 42),
      skill("Vocabulary in context", 55.55),
      skill("Claim vs. criticism", null),
    ]);
    expect(summary).toBe(
      "Strongest: Inference (95%), Main idea (91%). " +
        "Needs work: Author's perspective (42%), Vocabulary in context (55.6%).",
    );
  });

  it("still names the lowest skill when every skill clears the strong bar", () => {
    const summary = skillSummary([
      skill("Main idea", 98.5),
      skill("Detail", 85.5),
      skill("Inference", 95.3),
      skill("Sequence and cause", 88.4),
    ]);
    expect(summary).toBe("Strongest: Main idea (98.5%), Inference (95.3%). Lowest: Detail (85.5%).");
  });

  it("names the lowest skill in a middling profile with no strength", () => {
    expect(skillSummary([skill("Detail", 70), skill("Inference", 65)])).toBe("Lowest: Inference (65%).");
  });

  it("does not call a single strong skill both strongest and lowest", () => {
    expect(skillSummary([skill("Detail", 90)])).toBe("Strongest: Detail (90%).");
    expect(skillSummary([skill("Detail", 70)])).toBe("No skill stands out yet.");
  });

  it("does not repeat a skill named strongest as the lowest", () => {
    expect(skillSummary([skill("Detail", 90), skill("Inference", 85)])).toBe(
      "Strongest: Detail (90%), Inference (85%).",
    );
  });
});
