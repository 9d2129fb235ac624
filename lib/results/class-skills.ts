import "server-only";
import type { Viewer } from "../auth/viewer-types";
import { getTeacherClassOrThrow } from "../classes/queries";
import { pool } from "../db-pool";
import { skillResults, type SkillRow } from "./skill-breakdown";
import { CLASS_COUNTED_CTE, skillBreakdownSql } from "./skills-sql";

/** A class's percent of points per skill tag across all its assignments, from each student's counted attempt. */
export async function getClassSkills(viewer: Viewer | null, classId: string) {
  const cls = await getTeacherClassOrThrow(viewer, classId);
  const { rows } = await pool.query<SkillRow>(skillBreakdownSql(CLASS_COUNTED_CTE), [cls.id]);
  return { class: cls, skills: skillResults(rows) };
}
