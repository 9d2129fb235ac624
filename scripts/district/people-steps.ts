import type { DistrictPlan } from "./plan";
import { FIRST_NAMES, LAST_NAMES, SUBJECTS } from "./names";
import type { Step } from "./step";

/**
 * Teachers, classes, students and enrollments. Ids are readable and deterministic (`dt_1`, `dc_1`, `ds_1`):
 * the benchmark finds its target class without a lookup, and a second run collides instead of duplicating.
 */
export function peopleSteps(plan: DistrictPlan, passwordHash: string, now: Date): Step[] {
  return [
    {
      label: "helpers",
      // A deterministic uniform [0, 1) from a text key: the same district every run, with no RNG state to carry.
      sql: `CREATE FUNCTION pg_temp.unit(text) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE
            AS $$ SELECT (hashtext($1)::float8 + 2147483648) / 4294967296 $$`,
    },
    {
      label: "plan",
      sql: `CREATE TEMP TABLE d_run ON COMMIT DROP AS
            SELECT $1::timestamptz AS now, $2::text[] AS first_names, $3::text[] AS last_names`,
      params: [now.toISOString(), FIRST_NAMES, LAST_NAMES],
    },
    {
      label: "plan",
      sql: `CREATE TEMP TABLE d_class ON COMMIT DROP AS
            SELECT n, 'dc_' || n AS id, (n - 1) / $4 + 1 AS teacher_n, 'dt_' || ((n - 1) / $4 + 1) AS teacher_id,
                   (n - 1) % $4 + 1 AS period, students, assignments,
                   (sum(students) OVER w - students)::int AS students_before,
                   (sum(assignments) OVER w - assignments)::int AS assignments_before
            FROM unnest($1::int[], $2::int[], $3::int[]) AS p(n, students, assignments)
            WINDOW w AS (ORDER BY n)`,
      params: [
        plan.classes.map((c) => c.n),
        plan.classes.map((c) => c.students),
        plan.classes.map((c) => c.assignments),
        plan.classesPerTeacher,
      ],
    },
    {
      label: "teachers",
      table: "teachers",
      // Approved teachers, as a district's are: they use the shared demo lessons.
      sql: `INSERT INTO "User" (id, role, email, "displayName", "passwordHash", "createdAt", "verifiedAt")
            SELECT 'dt_' || t, 'teacher'::"Role", 'district-teacher-' || t || '@lectern.test',
                   (ARRAY['Ms.', 'Mr.', 'Mx.'])[1 + t % 3] || ' ' || r.last_names[1 + (t * 7) % cardinality(r.last_names)],
                   $2, r.now - interval '1 year', r.now - interval '1 year'
            FROM generate_series(1, $1::int) t CROSS JOIN d_run r`,
      params: [plan.teachers, passwordHash],
    },
    {
      label: "classes",
      table: "classes",
      sql: `INSERT INTO "Class" (id, name, "joinCode", "teacherId", "createdAt")
            SELECT c.id, format('%s · Period %s', ($1::text[])[1 + c.teacher_n % cardinality($1::text[])], c.period),
                   'D' || lpad(c.n::text, 5, '0'), c.teacher_id, r.now - interval '200 days'
            FROM d_class c CROSS JOIN d_run r`,
      params: [SUBJECTS],
    },
    {
      label: "students",
      // Ability is roughly normal (mean 0, sd 1): the sum of three uniforms, so item statistics have spread.
      sql: `CREATE TEMP TABLE d_student ON COMMIT DROP AS
            SELECT s AS n, 'ds_' || s AS id, c.n AS class_n, c.id AS class_id,
                   (pg_temp.unit('a1:' || s) + pg_temp.unit('a2:' || s) + pg_temp.unit('a3:' || s) - 1.5) * 2 AS ability
            FROM d_class c CROSS JOIN LATERAL generate_series(c.students_before + 1, c.students_before + c.students) s`,
    },
    {
      label: "students",
      table: "students",
      sql: `INSERT INTO "User" (id, role, username, "displayName", "passwordHash", "createdAt")
            SELECT s.id, 'student'::"Role", 'd-student-' || s.n,
                   r.first_names[1 + floor(pg_temp.unit('f:' || s.n) * cardinality(r.first_names))::int] || ' ' ||
                   r.last_names[1 + floor(pg_temp.unit('l:' || s.n) * cardinality(r.last_names))::int],
                   $1, r.now - interval '200 days'
            FROM d_student s CROSS JOIN d_run r`,
      params: [passwordHash],
    },
    {
      label: "enrollments",
      table: "enrollments",
      sql: `INSERT INTO "Enrollment" ("classId", "studentId", "createdAt")
            SELECT s.class_id, s.id, r.now - interval '200 days' FROM d_student s CROSS JOIN d_run r`,
    },
    { label: "students", sql: `ANALYZE d_class, d_student` },
  ];
}
