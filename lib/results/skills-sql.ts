/**
 * Points earned per skill tag over a set of counted attempts, given as a CTE named `counted` with columns
 * (id, "assignmentId"). Every question of the assignment counts, so a blank answer counts as 0 of its points;
 * answers still waiting for the teacher are left out until graded.
 */
export function skillBreakdownSql(countedCte: string) {
  return `
  WITH ${countedCte}
  SELECT q.skill,
    count(*)::int AS answers,
    count(*) FILTER (WHERE r.correct)::int AS correct,
    sum(COALESCE(r.points, 0))::float8 AS points,
    sum(q.points)::float8 AS "maxPoints"
  FROM counted c
  JOIN "AssignmentQuestion" aq ON aq."assignmentId" = c."assignmentId"
  JOIN "Question" q ON q.id = aq."questionId"
  LEFT JOIN "Response" r ON r."attemptId" = c.id AND r."questionId" = aq."questionId"
  WHERE r.id IS NULL OR r.points IS NOT NULL
  GROUP BY q.skill`;
}

/** Each student's counted attempt on every assignment of one class ($1). */
export const CLASS_COUNTED_CTE = `
  counted AS (
    SELECT DISTINCT ON (at."studentId", at."assignmentId") at.id, at."assignmentId"
    FROM "Attempt" at
    JOIN "Assignment" a ON a.id = at."assignmentId"
    WHERE a."classId" = $1 AND at.status = 'SUBMITTED' AND at.percent IS NOT NULL
    ORDER BY at."studentId", at."assignmentId",
      CASE WHEN a."scoringRule" = 'BEST' THEN at.percent END DESC NULLS LAST, at."submittedAt" DESC
  )`;

/**
 * One student's ($1) counted attempt per assignment, optionally limited to one class ($2, or null for all), and,
 * for the student's own view, to assignments whose answers are released at $3 (null: no release filter), since a
 * per-skill score on a one-question skill would otherwise give an answer away.
 */
export const STUDENT_COUNTED_CTE = `
  counted AS (
    SELECT DISTINCT ON (at."assignmentId") at.id, at."assignmentId", at.percent, at.provisional, at."submittedAt"
    FROM "Attempt" at
    JOIN "Assignment" a ON a.id = at."assignmentId"
    WHERE at."studentId" = $1 AND at.status = 'SUBMITTED' AND at.percent IS NOT NULL
      AND ($2::text IS NULL OR a."classId" = $2)
      AND ($3::timestamptz IS NULL OR a."releasePolicy" = 'AFTER_SUBMIT'
        OR (a."releasePolicy" = 'AFTER_DUE' AND a."dueAt" <= ($3::timestamptz AT TIME ZONE 'UTC')))
    ORDER BY at."assignmentId",
      CASE WHEN a."scoringRule" = 'BEST' THEN at.percent END DESC NULLS LAST, at."submittedAt" DESC
  )`;
