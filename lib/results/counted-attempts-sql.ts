/**
 * SQL fragments shared by the results queries, so "which attempt counts" and "what status a cell shows" have one
 * definition in the database, matching lib/assignments/status.ts and lib/grading/score.ts for single students.
 */

/**
 * One row per (student in the CTE `roster`, assignment in the CTE `asg` with columns id, "dueAt", "scoringRule"):
 * the cell's status and counted percent. $now must be bound as a timestamptz parameter by the caller.
 *
 * The class's attempts are read once, by assignment (an index range scan each), and grouped per student in one
 * pass. The counted percent avoids a sort per cell: the best is a max, and the latest is the last element of the
 * greatest (submittedAt, percent) pair, since arrays compare element by element.
 */
export function cellsCte(now: string) {
  return `
  attempt_cell AS MATERIALIZED (
    SELECT at."assignmentId", at."studentId",
      CASE
        WHEN bool_or(at.status = 'SUBMITTED') THEN
          CASE
            WHEN bool_or(at.status = 'SUBMITTED' AND at.provisional) THEN 'needs_grading'
            WHEN bool_and(at.late) FILTER (WHERE at.status = 'SUBMITTED') THEN 'late'
            ELSE 'submitted'
          END
        ELSE 'in_progress'
      END AS status,
      CASE WHEN asg."scoringRule" = 'BEST'
        THEN max(at.percent) FILTER (WHERE at.status = 'SUBMITTED')
        ELSE (max(ARRAY[extract(epoch FROM at."submittedAt")::float8, at.percent])
          FILTER (WHERE at.status = 'SUBMITTED' AND at.percent IS NOT NULL))[2]
      END AS counted
    FROM asg
    JOIN "Attempt" at ON at."assignmentId" = asg.id
    WHERE at."studentId" IN (SELECT "studentId" FROM roster)
    GROUP BY at."assignmentId", at."studentId", asg."scoringRule"
  ),
  full_cell AS MATERIALIZED (
    SELECT e."studentId", asg.id AS "assignmentId", c.counted,
      COALESCE(c.status,
        CASE WHEN asg."dueAt" < (${now}::timestamptz AT TIME ZONE 'UTC') THEN 'missing' ELSE 'not_started' END
      ) AS status
    FROM roster e
    CROSS JOIN asg
    LEFT JOIN attempt_cell c ON c."assignmentId" = asg.id AND c."studentId" = e."studentId"
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
