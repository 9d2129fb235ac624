import "server-only";
import type { Viewer } from "../auth/viewer-types";
import { getTeacherAssignmentScope } from "./assignment-scope";
import { completionQuery } from "./item-analysis-sql";
import { getLiveProgress } from "./live-progress";
import { reportSummary } from "./report-summary";

/**
 * Everything on the report page that changes while students work, read at one moment: each student's progress, the
 * summary cards, the score distribution and the responses waiting to be graded. The page and the endpoint it polls
 * both read this, so every live part of the page refreshes together from one source.
 */
export async function getLiveReport(viewer: Viewer | null, assignmentId: string, now = new Date()) {
  const assignment = await getTeacherAssignmentScope(viewer, assignmentId);
  const [progress, completion] = await Promise.all([
    getLiveProgress(viewer, assignment.id),
    completionQuery(assignment.id, assignment.classId).executeTakeFirstOrThrow(),
  ]);
  return { ...progress, summary: reportSummary(completion, assignment.dueAt, now) };
}

export type LiveReport = Awaited<ReturnType<typeof getLiveReport>>;
