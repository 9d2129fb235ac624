import "server-only";
import type { Viewer } from "../auth/viewer-types";
import { getTeacherClassOrThrow } from "../classes/queries";
import { sql, type ExpressionBuilder } from "kysely";
import { jsonBuildObject } from "kysely/helpers/postgres";
import { asInt, countOf, pagesDb } from "../sql";
import { STATUS_LABELS, type WorkStatus } from "../assignments/status";
import { attemptCells, emptyCellStatus, type CellStatus } from "./counted-attempts-sql";
import { provisionalCountedAttempt } from "./pending-points-sql";
import { scoreOverGraded, shortGradedSoFar, type GradedSoFar } from "./provisional";
import { toCsv } from "./csv";
import { slugify } from "../slugify";
import { roundPercent } from "./export-format";
import { GRADEBOOK_COLUMNS, GRADEBOOK_PAGE_SIZE, gradebookViewSchema, type GradebookView } from "./schema";

/**
 * percent is the counted score (a provisional one counts its ungraded points as 0, which averages use only when the
 * teacher asks); gradedSoFar, only on a cell whose counted attempt is provisional, is that score over the points
 * graded so far, which is what the cell shows.
 */
export type GradebookCell = { status: WorkStatus; percent: number | null; gradedSoFar?: GradedSoFar };

/** A cell as the statement returns it: the provisional counted attempt's points, maximum and pending points. */
type CellRow = {
  status: WorkStatus;
  percent: number | null;
  provisional: { points: number; maxPoints: number; pending: number } | null;
};

type StatementRow = Omit<GradebookRow, "cells"> & { cells: CellRow[] };

/** The cell sent to the page: the score over graded points spelled out only where there is one (keeps it small). */
const toCell = ({ status, percent, provisional }: CellRow): GradebookCell =>
  provisional === null
    ? { status, percent }
    : { status, percent, gradedSoFar: scoreOverGraded(provisional, provisional.pending) };

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
  /** leftAt: when the student left the class (removed or moved), as JSON's text; null while they are in it. */
  student: { id: string; displayName: string; username: string | null; leftAt: string | null };
  average: number | null;
  cells: GradebookCell[];
};

/** What one gradebook statement reads: the class, the clock, the view's filter, sort and page. */
export type GradebookParams = {
  classId: string;
  now: Date;
  status: WorkStatus | null;
  /** The assignment whose column sorts the students, when sorted by one. */
  sortAssignment: string | null;
  order: "name" | "average" | "assignment";
  dir: "asc" | "desc";
  /** An ILIKE pattern on the student's name or username, "" for all. */
  like: string;
  offset: number;
  /** Students after `offset`, or null for all. */
  limit: number | null;
  /** The column page, or null for every column. */
  colPage: number | null;
  /** Whether averages count provisional cells (open responses still to grade, counted as 0 so far). */
  withProvisional?: boolean;
};

const emptyJsonArray = sql<never[]>`'[]'`;

/** The cells an average reads: every scored one, or (by default) those whose score is final. */
const averaged = (
  eb: ExpressionBuilder<{ attempt_cell: { status: CellStatus } }, "attempt_cell">,
  withProvisional: boolean,
) => eb.or([eb(eb.val(withProvisional), "=", sql.lit(true)), eb("status", "<>", sql.lit("needs_grading"))]);

/**
 * The whole gradebook page in one statement, so the class's cells are computed once: every assignment with its
 * column page and averages, the class average over all students, and one page of the filtered, sorted students
 * with their cells on one column page (or every column when `colPage` is null).
 *
 * Averages and counts come from the cells that have an attempt; the empty cells (missing or not started) are only
 * spelled out for the page shown and, when the view filters by status, for that filter. The text depends only on
 * `order` and `dir`: every other value is bound, a null one switching its condition off.
 */
export function gradebookQuery(p: GradebookParams) {
  const end = p.limit === null ? null : p.offset + p.limit;
  return (
    pagesDb
      // Students who left the class stay on its roster, marked, with their attempts (lib/classes/roster.ts).
      .with("roster", (db) =>
        db.selectFrom("Enrollment").select(["studentId", "endedAt"]).where("classId", "=", p.classId),
      )
      .with("asg", (db) =>
        // Column pages of GRADEBOOK_COLUMNS assignments, page 1 holding the latest due.
        db
          .selectFrom("Assignment")
          .select((eb) => [
            "id",
            "dueAt",
            "scoringRule",
            "lessonId",
            "closedAt",
            sql<number>`(${eb.fn.countAll().over()} - ${eb.fn
              .agg<number>("row_number")
              .over((ob) => ob.orderBy("dueAt").orderBy("id"))}) / ${sql.lit(GRADEBOOK_COLUMNS)} + 1`.as(
              "col_page",
            ),
          ])
          .where("classId", "=", p.classId),
      )
      .with(
        (cte) => cte("attempt_cell").materialized(),
        (db) =>
          attemptCells({
            students: db.selectFrom("roster").select("studentId"),
            assignments: db.selectFrom("asg").select(["id", "scoringRule"]),
          }),
      )
      .with(
        (cte) => cte("grid").notMaterialized(),
        (db) =>
          db
            .selectFrom("roster as e")
            .crossJoin("asg")
            .leftJoin("attempt_cell as c", (join) =>
              join.onRef("c.assignmentId", "=", "asg.id").onRef("c.studentId", "=", "e.studentId"),
            )
            .select((eb) => [
              "e.studentId",
              "asg.id as assignmentId",
              "asg.dueAt",
              "asg.col_page",
              "asg.scoringRule",
              "c.counted",
              eb.fn.coalesce("c.status", emptyCellStatus(eb.ref("asg.dueAt"), p.now)).as("status"),
            ]),
      )
      .with("student", (db) =>
        db
          .selectFrom("roster as e")
          .innerJoin("User as u", "u.id", "e.studentId")
          .leftJoin(
            (eb) =>
              eb
                .selectFrom("attempt_cell")
                .select((s) => [
                  "studentId",
                  s.fn
                    .avg<number>("counted")
                    .filterWhere((f) => averaged(f, p.withProvisional ?? false))
                    .as("average"),
                  s.fn
                    .max("counted")
                    .filterWhere("assignmentId", "=", s.val(p.sortAssignment))
                    .as("sort_value"),
                ])
                .groupBy("studentId")
                .as("s"),
            (join) => join.onRef("s.studentId", "=", "u.id"),
          )
          .select((eb) => [
            "u.id",
            "u.displayName",
            "u.username",
            "e.endedAt as leftAt",
            "s.average",
            "s.sort_value",
            eb
              .or([
                eb(eb.val(p.like), "=", sql.lit("")),
                eb("u.displayName", "ilike", p.like),
                eb("u.username", "ilike", p.like),
              ])
              .as("matches"),
          ]),
      )
      .with("ranked", (db) =>
        db
          .selectFrom("student")
          .selectAll()
          .select((eb) => [
            eb.fn
              .agg<number>("row_number")
              .over((ob) =>
                p.order === "name"
                  ? ob.orderBy("displayName", p.dir).orderBy("username", p.dir).orderBy("id", p.dir)
                  : ob
                      .orderBy(
                        p.order === "average"
                          ? eb.fn("round", [eb.cast("average", "numeric"), sql.lit(6)])
                          : eb.ref("sort_value"),
                        (o) => o[p.dir]().nullsLast(),
                      )
                      .orderBy("displayName")
                      .orderBy("id"),
              )
              .as("pos"),
            eb.fn.countAll<number>().over().as("total"),
          ])
          .where((eb) =>
            eb.and([
              eb.ref("matches"),
              eb.or([
                eb(eb.cast(eb.val(p.status), "text"), "is", null),
                eb(
                  "id",
                  "in",
                  eb.selectFrom("grid").select("studentId").where("status", "=", eb.val(p.status)),
                ),
              ]),
            ]),
          ),
      )
      .with("page_row", (db) =>
        db
          .selectFrom("ranked as p")
          .leftJoin("grid as g", (join) =>
            join
              .onRef("g.studentId", "=", "p.id")
              .on((eb) =>
                eb.or([
                  eb(eb.cast(eb.val(p.colPage), "integer"), "is", null),
                  eb("g.col_page", "=", p.colPage),
                ]),
              ),
          )
          // A provisional cell's counted attempt, for its score over the points graded so far: only those cells of
          // the page shown are looked up, each by the attempts index, so the statement costs no more per student.
          .leftJoinLateral(
            (eb) =>
              provisionalCountedAttempt({
                assignmentId: eb.ref("g.assignmentId").$notNull(),
                studentId: eb.ref("g.studentId").$notNull(),
                scoringRule: eb.ref("g.scoringRule").$notNull(),
                status: eb.ref("g.status"),
              }).as("k"),
            (join) => join.onTrue(),
          )
          .select((eb) => [
            "p.pos",
            "p.total",
            jsonBuildObject({
              student: jsonBuildObject({
                id: eb.ref("p.id"),
                displayName: eb.ref("p.displayName"),
                username: eb.ref("p.username"),
                leftAt: eb.ref("p.leftAt"),
              }),
              average: eb.ref("p.average"),
              cells: eb.fn.coalesce(
                eb.fn
                  .agg<CellRow[]>("json_agg", [
                    jsonBuildObject({
                      status: eb.ref("g.status"),
                      percent: eb.ref("g.counted"),
                      provisional: eb
                        .case()
                        .when("k.provisional", "=", sql.lit(true))
                        .then(
                          jsonBuildObject({
                            points: eb.ref("k.points"),
                            maxPoints: eb.ref("k.maxPoints"),
                            pending: eb.ref("k.pending"),
                          }),
                        )
                        .end(),
                    }),
                  ])
                  .orderBy("g.dueAt")
                  .orderBy("g.assignmentId")
                  .filterWhere("g.assignmentId", "is not", null),
                emptyJsonArray,
              ),
            }).as("row"),
          ])
          .where((eb) =>
            eb.and([
              eb("p.pos", ">", p.offset),
              eb.or([eb(eb.cast(eb.val(end), "integer"), "is", null), eb("p.pos", "<=", end)]),
            ]),
          )
          .groupBy(["p.id", "p.displayName", "p.username", "p.leftAt", "p.average", "p.total", "p.pos"]),
      )
      .with("column_stats", (db) =>
        db
          .selectFrom("attempt_cell")
          .select((eb) => [
            "assignmentId",
            eb.fn
              .avg<number>("counted")
              .filterWhere((f) => averaged(f, p.withProvisional ?? false))
              .as("average"),
            eb.fn.countAll().as("started"),
            eb.fn
              .countAll()
              .filterWhere("status", "in", [
                sql.lit("submitted" as const),
                sql.lit("late" as const),
                sql.lit("needs_grading" as const),
              ])
              .as("submitted"),
            eb.fn.countAll().filterWhere("status", "=", sql.lit("needs_grading")).as("needsGrading"),
            eb.fn
              .countAll()
              .filterWhere(
                "studentId",
                "in",
                eb.selectFrom("roster").select("studentId").where("endedAt", "is", null),
              )
              .as("inClass"),
          ])
          .groupBy("assignmentId"),
      )
      .selectNoFrom((eb) => [
        eb
          .selectFrom("asg")
          .innerJoin("Lesson as l", "l.id", "asg.lessonId")
          .leftJoin("column_stats as cs", "cs.assignmentId", "asg.id")
          .select((s) =>
            s.fn
              .coalesce(
                s.fn
                  .agg<GradebookResult["assignments"]>("json_agg", [
                    jsonBuildObject({
                      id: s.ref("asg.id"),
                      title: s.ref("l.title"),
                      dueAt: s.ref("asg.dueAt"),
                      closed: s("asg.closedAt", "is not", null),
                      colPage: s.ref("asg.col_page"),
                      average: s.ref("cs.average"),
                      submitted: s.fn.coalesce("cs.submitted", s.lit(0)),
                      missing: s
                        .case()
                        .when(emptyCellStatus(s.ref("asg.dueAt"), p.now), "=", sql.lit("missing"))
                        .then(
                          // Students still in the class with no attempt: one who left is not missing work. A
                          // difference of two counts, not a NOT EXISTS per student and column: the cells are a
                          // CTE without an index, so that scanned every cell for each of them (49 of the
                          // statement's 53 ms for 35 students and 40 assignments).
                          sql<number>`${countOf(s.selectFrom("roster as r").where("r.endedAt", "is", null))} - ${s.fn.coalesce("cs.inClass", s.lit(0))}`,
                        )
                        .else(s.lit(0))
                        .end(),
                      needsGrading: s.fn.coalesce("cs.needsGrading", s.lit(0)),
                    }),
                  ])
                  .orderBy("asg.dueAt")
                  .orderBy("asg.id"),
                emptyJsonArray,
              )
              .as("a"),
          )
          .$asScalar()
          .$notNull()
          .as("assignments"),
        eb
          .selectFrom("student")
          .select((s) => s.fn.avg<number>("average").as("a"))
          .$asScalar()
          .as("classAverage"),
        asInt(eb.selectFrom("page_row").select((s) => s.fn.coalesce(s.fn.min("total"), s.lit(0)).as("t"))).as(
          "total",
        ),
        eb
          .selectFrom("page_row")
          .select((s) =>
            s.fn
              .coalesce(s.fn.agg<StatementRow[]>("json_agg", ["row"]).orderBy("pos"), emptyJsonArray)
              .as("r"),
          )
          .$asScalar()
          .$notNull()
          .as("rows"),
      ])
      .$castTo<GradebookResult>()
  );
}

const likePattern = (q: string) => (q === "" ? "" : `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);

type Paging = { pageSize: number; colPage: number };

type GradebookResult = {
  assignments: (Omit<GradebookAssignment, "dueAt"> & { dueAt: string; colPage: number })[];
  classAverage: number | null;
  total: number;
  rows: StatementRow[];
};

/** With `paging`, one page of students and one page of assignment columns; without, everything (the export). */
async function loadGradebook(classId: string, view: GradebookView, paging: Paging | null, now: Date) {
  const order = view.sort === "name" || view.sort === "average" ? view.sort : "assignment";
  const book = await gradebookQuery({
    classId,
    now,
    status: view.status ?? null,
    sortAssignment: order === "assignment" ? view.sort : null,
    order,
    dir: view.dir,
    like: likePattern(view.q),
    offset: paging ? (view.page - 1) * paging.pageSize : 0,
    limit: paging?.pageSize ?? null,
    colPage: paging?.colPage ?? null,
    withProvisional: view.provisional === "include",
  }).executeTakeFirstOrThrow();
  return {
    assignments: book.assignments
      .filter((a) => paging === null || a.colPage === paging.colPage)
      .map(({ colPage: _, dueAt, ...a }): GradebookAssignment => ({ ...a, dueAt: new Date(dueAt) })),
    assignmentCount: book.assignments.length,
    colPageCount: Math.max(1, ...book.assignments.map((a) => a.colPage)),
    classAverage: book.classAverage,
    rows: book.rows.map((r): GradebookRow => ({ ...r, cells: r.cells.map(toCell) })),
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

/**
 * The whole gradebook as CSV: one row per student, a score and a status column per assignment, averages as the page
 * shows them by default (provisional scores left out).
 */
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
    r.student.leftAt ? `${r.student.displayName} (left the class)` : r.student.displayName,
    r.student.username,
    roundPercent(r.average),
    // As on the page: a provisional score has no percent, its status names the points graded and those to grade.
    ...r.cells.flatMap((c) =>
      c.gradedSoFar
        ? [null, `${STATUS_LABELS[c.status]} (${shortGradedSoFar(c.gradedSoFar)})`]
        : [roundPercent(c.percent), STATUS_LABELS[c.status]],
    ),
  ]);
  return { filename: `${slugify(cls.name, "class", 60)}-gradebook.csv`, csv: toCsv(header, rows) };
}
