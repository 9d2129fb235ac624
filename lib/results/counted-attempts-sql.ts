/**
 * SQL fragments shared by the results queries, so "which attempt counts" and "what status a cell shows" have one
 * definition in the database, matching lib/assignments/status.ts and lib/grading/score.ts for single students.
 */

/**
 * One row per (student in the CTE `roster`, assignment in the CTE `asg` with columns id, "dueAt", "scoringRule"):
 * the cell's status and counted percent. $now must be bound as a timestamptz parameter by the caller.
 *
 * Each cell reads its own attempts through LATERAL (an index lookup on assignment and student): joining a
 * class-wide aggregate instead lets the planner pick a merge join that rescans it for every student.
 */
export function cellsCte(now: string) {
  return `
  full_cell AS (
    SELECT e."studentId", asg.id AS "assignmentId", s.counted,
      COALESCE(s.status,
        CASE WHEN asg."dueAt" < (${now}::timestamptz AT TIME ZONE 'UTC') THEN 'missing' ELSE 'not_started' END
      ) AS status
    FROM roster e
    CROSS JOIN asg
    LEFT JOIN LATERAL (
      SELECT
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
      WHERE at."assignmentId" = asg.id AND at."studentId" = e."studentId"
      -- Without attempts the aggregate would still return a row; no row leaves the status to the clock.
      HAVING count(*) > 0
    ) s ON true
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
