import {
  expressionBuilder,
  sql,
  type Expression,
  type ExpressionBuilder,
  type SelectQueryBuilder,
} from "kysely";
import type { ScoringRule } from "../generated/kysely/types";
import { expr } from "../sql-expr";

/**
 * SQL fragments shared by the results queries, so "which attempt counts" and "what status a cell shows" have one
 * definition in the database, matching lib/assignments/status.ts and lib/grading/score.ts for single students.
 */

/**
 * `attempt_cell`: one row per (student in the CTE `roster`, assignment in the CTE `asg` with columns id, "dueAt",
 * "scoringRule") that has an attempt: the cell's status and counted percent. A cell without a row is missing or not
 * started, as `emptyCellStatus` says.
 *
 * The class's attempts are read once, per assignment (an index range scan each, already in student order, so
 * each assignment's rows group without a sort; grouping the whole class's attempts at once sorted them and cost
 * twice as much). The counted percent avoids a sort per cell: the best is a max, and the latest is the last element
 * of the greatest (submittedAt, percent) pair, since arrays compare element by element. Each aggregate's FILTER
 * names its scoring rule, so rows are only fed to the one that counts (building the pairs was a third of the cost).
 */
export const ATTEMPT_CELL_CTE = `
  attempt_cell AS MATERIALIZED (
    SELECT asg.id AS "assignmentId", c."studentId", c.status, c.counted
    FROM asg
    CROSS JOIN LATERAL (
      SELECT at."studentId",
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
          THEN max(at.percent) FILTER (WHERE at.status = 'SUBMITTED' AND asg."scoringRule" = 'BEST')
          ELSE (max(ARRAY[date_part('epoch', at."submittedAt"), at.percent])
            FILTER (WHERE at.status = 'SUBMITTED' AND at.percent IS NOT NULL AND asg."scoringRule" <> 'BEST'))[2]
        END AS counted
      FROM "Attempt" at
      WHERE at."assignmentId" = asg.id
      GROUP BY at."studentId"
    ) c
    WHERE c."studentId" IN (SELECT "studentId" FROM roster)
  )`;

/** The status of a cell with no attempt on assignment `a`, at $now (bound as a timestamptz by the caller). */
export function emptyCellStatus(a: string, now: string) {
  return `CASE WHEN ${a}."dueAt" < ${now}::timestamptz THEN 'missing' ELSE 'not_started' END`;
}

/**
 * The ORDER BY keys, after the DISTINCT ON ones, that put an assignment's (`a`) counted attempt (`at`) first: best or
 * latest by its scoring rule, ties to the latest, as pickCountedAttempt does.
 */
export const COUNTED_FIRST = `CASE WHEN a."scoringRule" = 'BEST' THEN at.percent END DESC NULLS LAST, at."submittedAt" DESC`;

type CountedKeys = {
  scoringRule: Expression<ScoringRule>;
  percent: Expression<number | null>;
  submittedAt: Expression<Date | null>;
};

/**
 * COUNTED_FIRST for statements built with Kysely: orders `query`, after its DISTINCT ON keys, so that the counted
 * attempt comes first, given the assignment's scoring rule and the attempt's percent and submission time.
 */
export function orderCountedFirst<D, T extends keyof D, O>(
  query: SelectQueryBuilder<D, T, O>,
  keys: (eb: ExpressionBuilder<D, T>) => CountedKeys,
) {
  const { scoringRule, percent, submittedAt } = keys(expressionBuilder(query));
  return query
    .orderBy(expr.case().when(scoringRule, "=", sql.lit("BEST")).then(percent).end(), (ob) =>
      ob.desc().nullsLast(),
    )
    .orderBy(submittedAt, "desc");
}

/** The counted submitted attempt of each student for one assignment. */
export function countedAttemptsOf(assignmentId: string) {
  return expr
    .selectFrom("Attempt as at")
    .innerJoin("Assignment as a", "a.id", "at.assignmentId")
    .distinctOn("at.studentId")
    .select(["at.id", "at.studentId", "at.percent", "at.startedAt", "at.submittedAt"])
    .where("at.assignmentId", "=", assignmentId)
    .where("at.status", "=", sql.lit("SUBMITTED"))
    .where("at.percent", "is not", null)
    .$narrowType<{ percent: number; submittedAt: Date }>()
    .orderBy("at.studentId")
    .$call((q) =>
      orderCountedFirst(q, (eb) => ({
        scoringRule: eb.ref("a.scoringRule"),
        percent: eb.ref("at.percent"),
        submittedAt: eb.ref("at.submittedAt"),
      })),
    );
}
