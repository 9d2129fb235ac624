import type { Viewer } from "../auth/viewer-types";
import { SKILL_LABELS } from "../content/schema";
import { TYPE_LABELS } from "../content/type-labels";
import { describeDiscrimination } from "./discrimination-label";
import { getAssignmentReport } from "./assignment-report";
import { toCsv } from "./csv";
import { slugify } from "../slugify";
import { roundPercent } from "./export-format";

/**
 * The item analysis as CSV, one row per question in lesson order, for the teacher of the class. Types, skills and
 * discrimination are named as the report page names them, not by their internal codes.
 */
export async function exportItemAnalysis(viewer: Viewer | null, assignmentId: string) {
  const report = await getAssignmentReport(viewer, assignmentId);
  const header = [
    "Question",
    "Prompt",
    "Type",
    "Skill",
    "Points",
    "Students",
    "Right %",
    "Mean score %",
    "Discrimination (point-biserial)",
    "Discrimination meaning",
    "Median seconds (estimated)",
    "Most picked wrong answer",
    "Picked by",
    "Why it is wrong",
  ];
  const rows = [...report.questions]
    .sort((a, b) => a.number - b.number)
    .map((q) => [
      q.number,
      q.prompt,
      TYPE_LABELS[q.type],
      SKILL_LABELS[q.skill],
      q.points,
      q.students,
      roundPercent(q.percentCorrect),
      roundPercent(q.meanPercent),
      q.discrimination === null ? null : Math.round(q.discrimination * 1000) / 1000,
      describeDiscrimination(q.discrimination),
      q.medianSeconds === null ? null : Math.round(q.medianSeconds),
      q.topWrongChoice?.text,
      q.topWrongChoice?.picks,
      q.topWrongChoice?.feedback,
    ]);
  return {
    filename: `${slugify(`${report.assignment.class.name} ${report.assignment.lesson.title}`, "assignment", 60)}-items.csv`,
    csv: toCsv(header, rows),
  };
}
