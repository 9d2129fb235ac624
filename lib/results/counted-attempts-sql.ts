/**
 * SQL fragments shared by the results queries, so "which attempt counts" and "what status a cell shows" have one
 * definition in the database, matching lib/assignments/status.ts and lib/grading/score.ts for single students.
 */

/**
 * One row per (student, assignment) that has attempts, among assignments in the CTE named `asg`
 * (columns id, "dueAt", "scoringRule"). $now must be bound as a timestamptz parameter by the caller.
 */
export function cellsCte(now: string) {
  return `
  cell AS (
    SELECT at."studentId", at."assignmentId",
      CASE
        WHEN bool_or(at.status = 'SUBMITTED') THEN
          CASE
            WHEN bool_or(at.status = 'SUBMITTED' AND at.provisional) THEN 'needs_grading'
            WHEN bool_and(at.late) FILTER (WHERE at.status = 'SUBMITTED') THEN 'late'
            ELSE 'submitted'
          END
        ELSE 'in_progress'
      END AS status,
      (array_agg(at.percent ORDER BY
          CASE WHEN asg."scoringRule" = 'BEST' THEN at.percent END DESC NULLS LAST,
          at."submittedAt" DESC)
        FILTER (WHERE at.status = 'SUBMITTED' AND at.percent IS NOT NULL))[1] AS counted
    FROM "Attempt" at
    JOIN asg ON asg.id = at."assignmentId"
    GROUP BY at."studentId", at."assignmentId"
  ),
  full_cell AS (
    SELECT e."studentId", asg.id AS "assignmentId", cell.counted,
      COALESCE(cell.status,
        CASE WHEN asg."dueAt" < (${now}::timestamptz AT TIME ZONE 'UTC') THEN 'missing' ELSE 'not_started' END
      ) AS status
    FROM roster e
    CROSS JOIN asg
    LEFT JOIN cell ON cell."studentId" = e."studentId" AND cell."assignmentId" = asg.id
  )`;
}

/**
 * The counted submitted attempt of each student for one assignment ($1): best or latest by the assignment's
 * scoring rule, ties to the latest, as pickCountedAttempt does.
 */
export const COUNTED_ATTEMPTS_CTE = `
  counted AS (
    SELECT DISTINCT ON (at."studentId") at.id, at."studentId", at.percent, at."startedAt", at."submittedAt"
    FROM "Attempt" at
    JOIN "Assignment" a ON a.id = at."assignmentId"
    WHERE at."assignmentId" = $1 AND at.status = 'SUBMITTED' AND at.percent IS NOT NULL
    ORDER BY at."studentId",
      CASE WHEN a."scoringRule" = 'BEST' THEN at.percent END DESC NULLS LAST,
      at."submittedAt" DESC
  )`;
