import type { Step } from "./step";

/**
 * What each student did with each assignment, drawn from hashes of the pair:
 * past assignments: 5% missing, 3% started and never submitted, 8% submitted late, the rest on time;
 * the open one: 25% not started, 20% in progress, the rest submitted. Where three attempts are allowed,
 * 70% of those who submitted try again and 28% a third time, a little stronger each time.
 */
const ATTEMPTS = `CREATE TEMP TABLE d_attempt ON COMMIT DROP AS
  WITH work AS (
    SELECT s.n AS student_n, s.id AS student_id, s.ability, a.n AS assignment_n, a.id AS assignment_id,
           a.teacher_id, a.lesson_id, a.open_at, a.due_at, a.max_points, a.question_count, a.attempts_allowed,
           a.due_at > r.now AS current, r.now,
           pg_temp.unit('w:' || s.id || a.id) AS u, pg_temp.unit('t:' || s.id || a.id) AS u_time,
           pg_temp.unit('x:' || s.id || a.id) AS u_retake
    FROM d_student s JOIN d_assignment a ON a.class_n = s.class_n CROSS JOIN d_run r
  ), outcome AS (
    SELECT *, CASE
        WHEN current THEN CASE WHEN u < 0.25 THEN 'none' WHEN u < 0.45 THEN 'progress' ELSE 'on_time' END
        ELSE CASE WHEN u < 0.05 THEN 'none' WHEN u < 0.08 THEN 'progress' WHEN u < 0.16 THEN 'late' ELSE 'on_time' END
      END AS outcome
    FROM work
  ), attempt AS (
    SELECT o.*, t.number, 'dat_' || o.assignment_n || '_' || o.student_n || '_' || t.number AS id,
           o.ability + 0.35 * (t.number - 1) AS skill,
           -- Retakes come 3 hours apart; late work within 12 hours of the due time, so nothing lies in the future.
           CASE WHEN o.outcome = 'late' THEN o.due_at + o.u_time * interval '12 hours'
                ELSE o.open_at + o.u_time * (least(o.due_at, o.now) - o.open_at - interval '1 hour') END
             + (t.number - 1) * interval '3 hours' AS started_at,
           interval '6 minutes' + pg_temp.unit('m:' || o.student_id || o.assignment_id || t.number) * interval '30 minutes' AS duration
    FROM outcome o CROSS JOIN LATERAL generate_series(1, CASE o.outcome WHEN 'none' THEN 0 WHEN 'progress' THEN 1
      ELSE least(o.attempts_allowed, 1 + (o.u_retake < 0.7)::int + (o.u_retake < 0.28)::int) END) t(number)
  )
  SELECT id, assignment_id, assignment_n, student_id, teacher_id, lesson_id, number, skill, started_at, due_at,
         max_points, question_count, now, outcome <> 'progress' AS submitted,
         CASE WHEN outcome <> 'progress' THEN started_at + duration END AS submitted_at,
         -- How far an unsubmitted attempt got: at least one answer, never all of them.
         1 + floor(u_time * greatest(question_count - 1, 1))::int AS answered,
         -- A small share of submissions still waits for the teacher to grade the open response.
         pg_temp.unit('g:' || id) < 0.04 AS ungraded
  FROM attempt`;

export const drawAttemptSteps = (): Step[] => [
  { label: "attempts", sql: ATTEMPTS },
  { label: "attempts", sql: `ANALYZE d_attempt` },
];

/**
 * Inserted once their answers are drawn, so each submitted attempt gets its score in the same pass (an
 * UPDATE of every attempt afterwards cost more than the insert). The same sums and rounding as
 * lib/grading/score.ts: two decimals for points, one for percent.
 */
export const insertAttemptSteps = (): Step[] => [
  {
    label: "attempts",
    table: "attempts",
    sql: `INSERT INTO "Attempt" (id, "assignmentId", "studentId", number, status, "startedAt", "submittedAt", late,
                                 points, "maxPoints", percent, provisional)
          SELECT t.id, t.assignment_id, t.student_id, t.number,
                 CASE WHEN t.submitted THEN 'submitted' ELSE 'in_progress' END::"AttemptStatus",
                 t.started_at, t.submitted_at, coalesce(t.submitted_at > t.due_at, false),
                 s.points, CASE WHEN t.submitted THEN t.max_points END,
                 CASE WHEN NOT t.submitted THEN NULL WHEN t.max_points = 0 THEN 0
                      ELSE floor(s.points / t.max_points * 1000 + 0.5) / 10 END,
                 coalesce(s.provisional, false)
          FROM d_attempt t
          LEFT JOIN (
            SELECT attempt_id, floor(sum(coalesce(points, 0)) * 100 + 0.5) / 100 AS points,
                   bool_or(points IS NULL) AS provisional
            FROM d_response GROUP BY attempt_id
          ) s ON s.attempt_id = t.id AND t.submitted
          ORDER BY t.id`,
  },
];
