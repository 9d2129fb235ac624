import { skillPointsOf } from "../../lib/attempts/skill-points";
import type { Step } from "./step";

/** Assignments per batch: small enough for the progress bar to move, big enough to stay bulk. */
const BATCH = 200;

/**
 * Each response's answer: right with the 2PL probability for the student's skill, then one option by
 * weight. Drawn into a temporary table first, so scores and grades are computed from it without reading
 * back a million indexed rows.
 */
const ANSWERS = `INSERT INTO d_response
  SELECT x.id || '_' || x.position, x.id, x.question_id, x.assignment_n, x.open, o.answer, x.version, x.flagged,
         CASE WHEN x.graded THEN o.points END, CASE WHEN x.graded THEN o.correct END, x.updated_at
  FROM (
    SELECT t.id, t.assignment_n, q.id AS question_id, q.position, q.type = 'open_response' AS open,
           pg_temp.unit('r:' || t.id || q.id) < 1 / (1 + exp(-1.7 * q.discrimination * (t.skill - q.difficulty))) AS "right",
           pg_temp.unit('o:' || t.id || q.id) AS pick,
           t.submitted AND NOT (q.type = 'open_response' AND t.ungraded) AS graded,
           1 + floor(pg_temp.unit('v:' || t.id || q.id) * 4)::int AS version,
           pg_temp.unit('f:' || t.id || q.id) < 0.02 AS flagged,
           t.started_at + CASE WHEN t.submitted
             THEN (t.submitted_at - t.started_at) * ((q.position + 1)::float8 / (t.question_count + 1))
             ELSE (q.position + 1) * interval '90 seconds' END AS updated_at
    FROM d_attempt t JOIN d_question q ON q.lesson_id = t.lesson_id
    WHERE t.assignment_n BETWEEN $1 AND $2 AND (t.submitted OR q.position < t.answered)
  ) x
  JOIN d_option o ON o.question_id = x.question_id AND o."right" = x."right" AND x.pick >= o.lo AND x.pick < o.hi`;

const RESPONSES = `INSERT INTO "Response" (id, "attemptId", "questionId", answer, version, flagged, points, correct, "updatedAt")
  SELECT id, attempt_id, question_id, answer, version, flagged, points, correct, updated_at
  FROM d_response WHERE assignment_n BETWEEN $1 AND $2 ORDER BY id`;

function batches(assignments: number, step: Omit<Step, "params">): Step[] {
  const steps: Step[] = [];
  for (let first = 1; first <= assignments; first += BATCH)
    steps.push({ ...step, params: [first, first + BATCH - 1] });
  return steps;
}

export function drawAnswerSteps(assignments: number): Step[] {
  return [
    {
      label: "answers",
      sql: `CREATE TEMP TABLE d_response (id text, attempt_id text, question_id text, assignment_n int, open bool,
              answer jsonb, version int, flagged bool, points float8, correct bool, updated_at timestamptz) ON COMMIT DROP`,
    },
    ...batches(assignments, { label: "answers", sql: ANSWERS }),
    { label: "answers", sql: `ANALYZE d_response` },
  ];
}

/**
 * The responses, then the teachers' grades of open responses. Inserted in id order, so consecutive rows
 * land on the same pages of the primary key and the (attemptId, questionId) index.
 */
export function insertResponseSteps(assignments: number): Step[] {
  return [
    ...batches(assignments, { label: "responses", table: "responses", sql: RESPONSES }),
    {
      label: "grades",
      table: "grade changes",
      sql: `INSERT INTO "GradeChange" (id, "responseId", "changedById", "oldPoints", "newPoints", "createdAt")
            SELECT 'dg_' || r.id, r.id, t.teacher_id, NULL, r.points, least(t.submitted_at + interval '1 day', t.now)
            FROM d_response r JOIN d_attempt t ON t.id = r.attempt_id
            WHERE r.open AND r.points IS NOT NULL ORDER BY r.id`,
    },
  ];
}

/** Each submitted attempt's points per skill, as the app stores them with every score (lib/attempts/skill-points.ts). */
export function skillPointSteps(assignments: number): Step[] {
  return batches(assignments, {
    label: "skill points",
    sql: `UPDATE "Attempt" a SET "skillPoints" = ${skillPointsOf("a.id")}
          WHERE a.id IN (SELECT id FROM d_attempt WHERE assignment_n BETWEEN $1 AND $2 AND submitted)`,
  });
}
