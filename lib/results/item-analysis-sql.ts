import { COUNTED_ATTEMPTS_CTE } from "./counted-attempts-sql";

/**
 * Completion of one assignment ($1) by its class ($2): who started, who submitted, the counted percents (one per
 * student, for the distribution) and the median time from start to submit.
 */
export const COMPLETION_SQL = `
  WITH roster AS (SELECT "studentId" FROM "Enrollment" WHERE "classId" = $2),
  ${COUNTED_ATTEMPTS_CTE}
  SELECT
    (SELECT count(*) FROM roster)::int AS enrolled,
    (SELECT count(DISTINCT at."studentId") FROM "Attempt" at JOIN roster USING ("studentId")
      WHERE at."assignmentId" = $1)::int AS started,
    (SELECT count(*) FROM counted)::int AS submitted,
    (SELECT count(*) FROM "Attempt" WHERE "assignmentId" = $1 AND status = 'SUBMITTED' AND provisional)::int
      AS "needsGrading",
    COALESCE((SELECT array_agg(percent ORDER BY percent) FROM counted), '{}') AS percents,
    (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM "submittedAt" - "startedAt"))
      FROM counted) AS "medianSeconds"`;

/**
 * Per question, over each student's counted attempt (a question left blank counts as wrong): how many were right,
 * the mean share of points, and the point-biserial discrimination, which is Pearson's r between being right (0/1)
 * and the student's total — exactly PostgreSQL's corr().
 */
export const ITEMS_SQL = `
  WITH ${COUNTED_ATTEMPTS_CTE},
  obs AS (
    SELECT aq."questionId", c.percent AS total, r.id IS NOT NULL AS answered,
      r.points, COALESCE(r.correct, false) AS correct, q.points AS max
    FROM "AssignmentQuestion" aq
    JOIN "Question" q ON q.id = aq."questionId"
    CROSS JOIN counted c
    LEFT JOIN "Response" r ON r."attemptId" = c.id AND r."questionId" = aq."questionId"
    WHERE aq."assignmentId" = $1
  ),
  -- Time on a question, estimated as the gap between its answer's last save and the student's previous save (or
  -- the start): answers carry no stopwatch, and students mostly answer in order.
  gaps AS (
    SELECT r."questionId",
      extract(epoch FROM r."updatedAt" - COALESCE(
        lag(r."updatedAt") OVER (PARTITION BY r."attemptId" ORDER BY r."updatedAt"), c."startedAt")) AS seconds
    FROM counted c JOIN "Response" r ON r."attemptId" = c.id
  ),
  times AS (
    SELECT "questionId", percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) AS "medianSeconds"
    FROM gaps GROUP BY "questionId"
  )
  -- Joined rather than looked up per question, which reran the window over every response for each question.
  SELECT obs."questionId", min(times."medianSeconds") AS "medianSeconds",
    count(*)::int AS students,
    count(*) FILTER (WHERE correct)::int AS correct,
    count(*) FILTER (WHERE answered AND points IS NULL)::int AS ungraded,
    avg(COALESCE(points, 0) / NULLIF(max, 0)) FILTER (WHERE NOT answered OR points IS NOT NULL) AS "meanShare",
    corr(CASE WHEN correct THEN 1 ELSE 0 END, total) AS discrimination
  FROM obs
  LEFT JOIN times ON times."questionId" = obs."questionId"
  GROUP BY obs."questionId"`;

/** How often each choice was picked in the counted attempts: single choice, true/false, evidence part A, multiple select. */
export const PICKS_SQL = `
  WITH ${COUNTED_ATTEMPTS_CTE}
  SELECT r."questionId", pick."choiceId", count(*)::int AS picks
  FROM counted c
  JOIN "Response" r ON r."attemptId" = c.id
  CROSS JOIN LATERAL (
    SELECT r.answer ->> 'choiceId' AS "choiceId"
    WHERE r.answer ->> 'type' IN ('single_choice', 'true_false', 'evidence')
    UNION ALL
    SELECT jsonb_array_elements_text(r.answer -> 'choiceIds')
    WHERE r.answer ->> 'type' = 'multiple_select'
  ) pick
  WHERE pick."choiceId" IS NOT NULL AND pick."choiceId" <> ''
  GROUP BY r."questionId", pick."choiceId"`;
