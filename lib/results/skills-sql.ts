import { pointsOfSkill, summedSkillPoints } from "../attempts/skill-points";
import { COUNTED_FIRST } from "./counted-attempts-sql";

/**
 * Points earned per skill tag over a set of counted attempts, given as a CTE named `counted` with columns
 * (id, "assignmentId", provisional, "skillPoints"). Every question of the assignment counts, so a blank answer counts
 * as 0 of its points; answers still waiting for the teacher are left out until graded.
 *
 * The possible points come from the assignments' questions times the number of counted attempts; the earned points
 * from each attempt's stored points per skill (lib/attempts/skill-points.ts), one row per attempt rather than every
 * response. Only provisional attempts hold ungraded answers, so only their responses are read, through LATERAL (an
 * index range scan on "attemptId", which OFFSET 0 keeps from being flattened into a hash of the whole table).
 */
export function skillBreakdownSql(countedCte: string) {
  return `
  WITH ${countedCte},
  per_assignment AS (SELECT "assignmentId", count(*) AS attempts FROM counted GROUP BY "assignmentId"),
  possible AS (
    SELECT q.skill, sum(pa.attempts)::int AS answers, sum(pa.attempts * q.points)::float8 AS "maxPoints"
    FROM per_assignment pa
    CROSS JOIN LATERAL (
      SELECT q.skill, q.points FROM "AssignmentQuestion" aq JOIN "Question" q ON q.id = aq."questionId"
      WHERE aq."assignmentId" = pa."assignmentId" OFFSET 0
    ) q
    GROUP BY q.skill
  ),
  earned AS (SELECT ${summedSkillPoints("c")} AS points FROM counted c),
  pending AS (
    SELECT q.skill, count(*)::int AS answers, sum(q.points)::float8 AS "maxPoints"
    FROM counted c
    CROSS JOIN LATERAL (
      SELECT r."questionId" FROM "Response" r WHERE r."attemptId" = c.id AND r.points IS NULL OFFSET 0
    ) r
    JOIN "Question" q ON q.id = r."questionId"
    WHERE c.provisional
    GROUP BY q.skill
  )
  SELECT p.skill,
    p.answers - COALESCE(w.answers, 0) AS answers,
    ${pointsOfSkill("e.points", "p.skill")} AS points,
    p."maxPoints" - COALESCE(w."maxPoints", 0) AS "maxPoints"
  FROM possible p
  CROSS JOIN earned e
  LEFT JOIN pending w ON w.skill = p.skill`;
}

/**
 * Each student's counted attempt on every assignment of one class ($1). Picked per assignment through LATERAL, so
 * each is an index range scan on "assignmentId" with a small sort: as one join over the class, the planner may
 * prefer reading the whole attempts table (it did on a freshly seeded district: 18 ms instead of 3).
 */
export const CLASS_COUNTED_CTE = `
  counted AS (
    SELECT c.* FROM "Assignment" a
    CROSS JOIN LATERAL (
      SELECT DISTINCT ON (at."studentId") at.id, at."assignmentId", at.provisional, at."skillPoints"
      FROM "Attempt" at
      WHERE at."assignmentId" = a.id AND at.status = 'SUBMITTED' AND at.percent IS NOT NULL
      ORDER BY at."studentId", ${COUNTED_FIRST}
    ) c
    WHERE a."classId" = $1
  )`;

/**
 * One student's ($1) counted attempt per assignment, optionally limited to one class ($2, or null for all), and,
 * for the student's own view, to the assignments in $3 (null: all), the ones whose keys are released to them
 * (lib/attempts/release.ts's keyRelease, the rule of the attempt review too).
 */
export const STUDENT_COUNTED_CTE = `
  counted AS (
    SELECT DISTINCT ON (at."assignmentId") at.id, at."assignmentId", at.percent, at.provisional, at."submittedAt",
      at."skillPoints"
    FROM "Attempt" at
    JOIN "Assignment" a ON a.id = at."assignmentId"
    WHERE at."studentId" = $1 AND at.status = 'SUBMITTED' AND at.percent IS NOT NULL
      AND ($2::text IS NULL OR a."classId" = $2)
      AND ($3::text[] IS NULL OR a.id = ANY($3::text[]))
    ORDER BY at."assignmentId", ${COUNTED_FIRST}
  )`;
