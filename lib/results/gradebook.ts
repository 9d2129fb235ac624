import "server-only";
import type { Viewer } from "../auth/viewer-types";
import { getTeacherClassOrThrow } from "../classes/queries";
import { pool } from "../db-pool";
import { STATUS_LABELS, type WorkStatus } from "../assignments/status";
import { ATTEMPT_CELL_CTE, emptyCellStatus } from "./counted-attempts-sql";
import { toCsv } from "./csv";
import { slugify } from "../slugify";
import { roundPercent } from "./export-format";
import { GRADEBOOK_COLUMNS, GRADEBOOK_PAGE_SIZE, gradebookViewSchema, type GradebookView } from "./schema";

export type GradebookCell = { status: WorkStatus; percent: number | null };

export type GradebookAssignment = {
  id: string;
  title: string;
  dueAt: Date;
  closed: boolean;
  average: number | null;
  submitted: number;
  missing: number;
  needsGrading: number;
};

export type GradebookRow = {
  student: { id: string; displayName: string; username: string | null };
  average: number | null;
  cells: GradebookCell[];
};

const CLASS_CTES = `
  roster AS (SELECT "studentId" FROM "Enrollment" WHERE "classId" = $1),
  -- Column pages of GRADEBOOK_COLUMNS assignments, page 1 holding the latest due.
  asg AS (
    SELECT id, "dueAt", "scoringRule", "lessonId", "closedAt",
      (count(*) OVER () - row_number() OVER (ORDER BY "dueAt", id)) / ${GRADEBOOK_COLUMNS} + 1 AS col_page
    FROM "Assignment" WHERE "classId" = $1
  ),
  ${ATTEMPT_CELL_CTE}`;

// Sort keys are validated against a closed set (or bound as a parameter), never spliced from input.
const ORDER_BY: Record<"name" | "average" | "assignment", string> = {
  name: `"displayName" %DIR%, username %DIR%, id %DIR%`,
  average: `round(average::numeric, 6) %DIR% NULLS LAST, "displayName", id`,
  assignment: `sort_value %DIR% NULLS LAST, "displayName", id`,
};

/**
 * The whole gradebook page in one statement, so the class's cells are computed once: every assignment with its
 * column page and averages, the class average over all students, and one page of the filtered, sorted students
 * with their cells on one column page ($8, or every column when null).
 *
 * Averages and counts come from the cells that have an attempt; the empty cells (missing or not started) are only
 * spelled out for the page shown and, when the view filters by status ($3), for that filter.
 */
export function gradebookSql(order: keyof typeof ORDER_BY, dir: "asc" | "desc") {
  return `
  WITH ${CLASS_CTES},
  grid AS NOT MATERIALIZED (
    SELECT e."studentId", asg.id AS "assignmentId", asg."dueAt", asg.col_page, c.counted,
      COALESCE(c.status, ${emptyCellStatus("asg", "$2")}) AS status
    FROM roster e
    CROSS JOIN asg
    LEFT JOIN attempt_cell c ON c."assignmentId" = asg.id AND c."studentId" = e."studentId"
  ),
  student AS (
    SELECT u.id, u."displayName", u.username, s.average, s.sort_value,
      $5 = '' OR u."displayName" ILIKE $5 OR u.username ILIKE $5 AS matches
    FROM roster e
    JOIN "User" u ON u.id = e."studentId"
    LEFT JOIN (
      SELECT "studentId", avg(counted) AS average, max(counted) FILTER (WHERE "assignmentId" = $4) AS sort_value
      FROM attempt_cell GROUP BY "studentId"
    ) s ON s."studentId" = u.id
  ),
  ranked AS (
    SELECT *, row_number() OVER (ORDER BY ${ORDER_BY[order].replaceAll("%DIR%", dir)}) AS pos,
      count(*) OVER () AS total
    FROM student
    WHERE matches AND ($3::text IS NULL OR id IN (SELECT "studentId" FROM grid WHERE status = $3))
  ),
  page_row AS (
    SELECT p.pos, p.total, json_build_object(
      'student', json_build_object('id', p.id, 'displayName', p."displayName", 'username', p.username),
      'average', p.average,
      'cells', COALESCE(
        json_agg(json_build_object('status', g.status, 'percent', g.counted) ORDER BY g."dueAt", g."assignmentId")
          FILTER (WHERE g."assignmentId" IS NOT NULL),
        '[]')) AS row
    FROM ranked p
    LEFT JOIN grid g ON g."studentId" = p.id AND ($8::int IS NULL OR g.col_page = $8)
    WHERE p.pos > $6 AND ($7::int IS NULL OR p.pos <= $6 + $7)
    GROUP BY p.id, p."displayName", p.username, p.average, p.total, p.pos
  ),
  column_stats AS (
    SELECT "assignmentId", avg(counted) AS average, count(*) AS started,
      count(*) FILTER (WHERE status IN ('submitted', 'late', 'needs_grading')) AS submitted,
      count(*) FILTER (WHERE status = 'needs_grading') AS "needsGrading"
    FROM attempt_cell GROUP BY "assignmentId"
  )
  SELECT
    (SELECT COALESCE(json_agg(json_build_object(
        'id', asg.id, 'title', l.title, 'dueAt', asg."dueAt", 'closed', asg."closedAt" IS NOT NULL,
        'colPage', asg.col_page, 'average', cs.average, 'submitted', COALESCE(cs.submitted, 0),
        'missing', CASE WHEN ${emptyCellStatus("asg", "$2")} = 'missing'
          THEN (SELECT count(*) FROM roster) - COALESCE(cs.started, 0) ELSE 0 END,
        'needsGrading', COALESCE(cs."needsGrading", 0))
        ORDER BY asg."dueAt", asg.id), '[]')
      FROM asg
      JOIN "Lesson" l ON l.id = asg."lessonId"
      LEFT JOIN column_stats cs ON cs."assignmentId" = asg.id) AS assignments,
    (SELECT avg(average) FROM student) AS "classAverage",
    (SELECT COALESCE(min(total), 0) FROM page_row)::int AS total,
    (SELECT COALESCE(json_agg(row ORDER BY pos), '[]') FROM page_row) AS rows`;
}

const likePattern = (q: string) => (q === "" ? "" : `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);

type Paging = { pageSize: number; colPage: number };

type GradebookResult = {
  assignments: (Omit<GradebookAssignment, "dueAt"> & { dueAt: string; colPage: number })[];
  classAverage: number | null;
  total: number;
  rows: GradebookRow[];
};

/** With `paging`, one page of students and one page of assignment columns; without, everything (the export). */
async function loadGradebook(classId: string, view: GradebookView, paging: Paging | null, now: Date) {
  const order = view.sort === "name" || view.sort === "average" ? view.sort : "assignment";
  const { rows } = await pool.query<GradebookResult>(gradebookSql(order, view.dir), [
    classId,
    now,
    view.status ?? null,
    order === "assignment" ? view.sort : null,
    likePattern(view.q),
    paging ? (view.page - 1) * paging.pageSize : 0,
    paging?.pageSize ?? null,
    paging?.colPage ?? null,
  ]);
  const book = rows[0]!;
  return {
    assignments: book.assignments
      .filter((a) => paging === null || a.colPage === paging.colPage)
      .map(({ colPage: _, dueAt, ...a }): GradebookAssignment => ({ ...a, dueAt: new Date(dueAt) })),
    assignmentCount: book.assignments.length,
    colPageCount: Math.max(1, ...book.assignments.map((a) => a.colPage)),
    classAverage: book.classAverage,
    rows: book.rows,
    total: book.total,
  };
}

/**
 * A class's students × assignments, computed in PostgreSQL: each cell's status and counted score, per-assignment and
 * per-student averages (over all assignments), sorted, filtered and paged there too (students by GRADEBOOK_PAGE_SIZE,
 * assignments by GRADEBOOK_COLUMNS, latest first), in one statement whatever the class size.
 * Teachers of the class only.
 */
export async function getClassGradebook(
  viewer: Viewer | null,
  classId: string,
  rawView: unknown = {},
  now = new Date(),
) {
  const cls = await getTeacherClassOrThrow(viewer, classId);
  const view = gradebookViewSchema.parse(rawView);
  const book = await loadGradebook(cls.id, view, { pageSize: GRADEBOOK_PAGE_SIZE, colPage: view.cols }, now);
  return { class: cls, view, ...book, pageCount: Math.max(1, Math.ceil(book.total / GRADEBOOK_PAGE_SIZE)) };
}

/** The whole gradebook as CSV: one row per student, a score and a status column per assignment. */
export async function exportClassGradebook(viewer: Viewer | null, classId: string, now = new Date()) {
  const cls = await getTeacherClassOrThrow(viewer, classId);
  const book = await loadGradebook(cls.id, gradebookViewSchema.parse({}), null, now);
  const header = [
    "Student",
    "Username",
    "Average %",
    ...book.assignments.flatMap((a) => [
      `${a.title} (due ${a.dueAt.toISOString().slice(0, 10)}) %`,
      `${a.title} status`,
    ]),
  ];
  const rows = book.rows.map((r) => [
    r.student.displayName,
    r.student.username,
    roundPercent(r.average),
    ...r.cells.flatMap((c) => [roundPercent(c.percent), STATUS_LABELS[c.status]]),
  ]);
  return { filename: `${slugify(cls.name, "class", 60)}-gradebook.csv`, csv: toCsv(header, rows) };
}
