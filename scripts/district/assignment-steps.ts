import type { AnswerOption, SeedQuestion } from "./answer-options";
import type { Step } from "./step";

/** Splits [0, 1) among the options of one question and rightness in proportion to their weights. */
function optionRanges(options: readonly AnswerOption[]) {
  const total = new Map<string, number>();
  for (const o of options)
    total.set(`${o.questionId}:${o.right}`, (total.get(`${o.questionId}:${o.right}`) ?? 0) + o.weight);
  const used = new Map<string, number>();
  return options.map((o) => {
    const group = `${o.questionId}:${o.right}`;
    const lo = used.get(group) ?? 0;
    used.set(group, lo + o.weight);
    const sum = total.get(group)!;
    // The last range reaches past 1 so float rounding in the cumulative sums can never leave a gap.
    return { lo: lo / sum, hi: lo + o.weight === sum ? 2 : (lo + o.weight) / sum };
  });
}

/**
 * The demo questions with item parameters, their answer options, and the assignments (each points at one
 * demo lesson, cycling through them) with the question versions they were made with.
 */
export function assignmentSteps(
  lessonIds: string[],
  questions: SeedQuestion[],
  options: AnswerOption[],
): Step[] {
  const ranges = optionRanges(options);
  return [
    {
      label: "questions",
      // A 2PL item model: difficulty by question type plus a per-question offset, and a discrimination, so
      // item analysis finds easy and hard questions and some that separate strong from weak students better.
      sql: `CREATE TEMP TABLE d_question ON COMMIT DROP AS
            SELECT q.id, q."lessonId" AS lesson_id, q.type::text AS type, q.points,
                   (row_number() OVER (PARTITION BY q."lessonId" ORDER BY q.position) - 1)::int AS position,
                   CASE q.type WHEN 'true_false' THEN -1.2 WHEN 'single_choice' THEN -0.6 WHEN 'short_answer' THEN 0
                     WHEN 'open_response' THEN 0.2 WHEN 'multiple_select' THEN 0.4 ELSE 0.6 END
                     + (pg_temp.unit('b:' || q.id) - 0.5) * 1.4 AS difficulty,
                   0.4 + pg_temp.unit('d:' || q.id) * 1.4 AS discrimination
            FROM "Question" q WHERE q.id = ANY($1::text[])`,
      params: [questions.map((q) => q.id)],
    },
    {
      label: "questions",
      sql: `CREATE TEMP TABLE d_option ON COMMIT DROP AS
            SELECT * FROM unnest($1::text[], $2::bool[], $3::float8[], $4::float8[], $5::jsonb[], $6::float8[], $7::bool[])
              AS o(question_id, "right", lo, hi, answer, points, correct)`,
      params: [
        options.map((o) => o.questionId),
        options.map((o) => o.right),
        ranges.map((r) => r.lo),
        ranges.map((r) => r.hi),
        options.map((o) => JSON.stringify(o.answer)),
        options.map((o) => o.points),
        options.map((o) => o.correct),
      ],
    },
    {
      label: "assignments",
      // Spread over the last ~150 days, 3+ days apart; each class's latest is still open (due in 2 days).
      // Odd-numbered past assignments allow three attempts (best counts), so some students retake them.
      sql: `CREATE TEMP TABLE d_assignment ON COMMIT DROP AS
            SELECT x.*, x.due_at - interval '7 days' AS open_at,
                   (SELECT sum(q.points) FROM d_question q WHERE q.lesson_id = x.lesson_id)::float8 AS max_points,
                   (SELECT count(*) FROM d_question q WHERE q.lesson_id = x.lesson_id)::int AS question_count
            FROM (
              SELECT a.n, 'da_' || a.n AS id, c.n AS class_n, c.id AS class_id, c.teacher_id,
                     a.n - c.assignments_before - 1 AS k, c.assignments AS of_class,
                     ($1::text[])[1 + (a.n - c.assignments_before - 1) % cardinality($1::text[])] AS lesson_id,
                     r.now + interval '2 days'
                       - (c.assignments + c.assignments_before - a.n) * greatest(3, 150 / c.assignments) * interval '1 day' AS due_at,
                     CASE WHEN (a.n - c.assignments_before) % 2 = 0 AND a.n < c.assignments_before + c.assignments
                       THEN 3 ELSE 1 END AS attempts_allowed
              FROM d_class c CROSS JOIN d_run r
              CROSS JOIN LATERAL generate_series(c.assignments_before + 1, c.assignments_before + c.assignments) a(n)
            ) x`,
      params: [lessonIds],
    },
    {
      label: "assignments",
      table: "assignments",
      sql: `INSERT INTO "Assignment" (id, "lessonId", "classId", "createdById", "openAt", "dueAt", "attemptsAllowed",
                                     "releasePolicy", "createdAt")
            SELECT id, lesson_id, class_id, teacher_id, open_at, due_at, attempts_allowed,
                   CASE WHEN k % 3 = 2 THEN 'after_due' ELSE 'after_submit' END::"ReleasePolicy", open_at - interval '1 day'
            FROM d_assignment`,
    },
    {
      label: "assignments",
      table: "assignment questions",
      sql: `INSERT INTO "AssignmentQuestion" ("assignmentId", "questionId", position)
            SELECT a.id, q.id, q.position FROM d_assignment a JOIN d_question q ON q.lesson_id = a.lesson_id`,
    },
    { label: "assignments", sql: `ANALYZE d_question, d_option, d_assignment` },
  ];
}
