import "server-only";
import type { Viewer } from "../auth/viewer-types";
import { getTeacherClassOrThrow } from "../classes/queries";
import { skillResults } from "./skill-breakdown";
import { classCounted, skillBreakdownQuery } from "./skills-sql";

/** A class's percent of points per skill tag across all its assignments, from each student's counted attempt. */
export async function getClassSkills(viewer: Viewer | null, classId: string) {
  const cls = await getTeacherClassOrThrow(viewer, classId);
  const rows = await skillBreakdownQuery(classCounted(cls.id)).execute();
  return { class: cls, skills: skillResults(rows) };
}
