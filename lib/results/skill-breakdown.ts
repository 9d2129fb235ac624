import { SKILLS, SKILL_LABELS, type Skill } from "../content/schema";
import type { Skill as DbSkill } from "../generated/prisma/enums";
import { percentCorrect } from "./statistics";

export type SkillRow = {
  skill: DbSkill;
  answers: number;
  points: number;
  maxPoints: number;
};

export type SkillResult = {
  skill: Skill;
  label: string;
  answers: number;
  percent: number | null;
};

/** Every skill in the fixed teaching order, including the ones with no answers yet, so tables line up. */
export function skillResults(rows: readonly SkillRow[]): SkillResult[] {
  const bySkill = new Map(rows.map((r) => [r.skill, r]));
  return SKILLS.map((skill) => {
    const row = bySkill.get(skill);
    return {
      skill,
      label: SKILL_LABELS[skill],
      answers: row?.answers ?? 0,
      percent: row ? percentCorrect(row.points, row.maxPoints) : null,
    };
  });
}
