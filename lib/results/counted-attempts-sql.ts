import {
  expressionBuilder,
  sql,
  type AliasableExpression,
  type Expression,
  type ExpressionBuilder,
  type SelectQueryBuilder,
} from "kysely";
import type { ScoringRule } from "../generated/kysely/types";
import { expr } from "../sql-expr";

/**
 * The pieces shared by the results queries, so "which attempt counts" and "what status a cell shows" have one
 * definition, in the database: the gradebook, the reports and the student's dashboard all read them.
 * lib/grading/score.ts's pickCountedAttempt is their TypeScript twin (its parity test holds them together).
 */

export type CellStatus = "in_progress" | "submitted" | "late" | "needs_grading";

/**
 * One row per (student of `students`, assignment of `assignments`) that has an attempt: the cell's status and counted
 * percent, by the assignment's scoring rule. A cell without a row is missing or not started, as `emptyCellStatus`
 * says. `students` is a subquery of student ids, or one student's id (bound, so the planner narrows each
 * assignment's scan to that student); the gradebook puts it in a MATERIALIZED CTE so it is computed once.
 *
 * The attempts are read once, per assignment (an index range scan each, already in student order, so each
 * assignment's rows group without a sort; grouping the whole class's attempts at once sorted them and cost twice as
 * much). The counted percent avoids a sort per cell: the best is a max, and the latest is the last element of the
 * greatest (submittedAt, percent) pair, since arrays compare element by element. Each aggregate's FILTER names its
 * scoring rule, so rows are only fed to the one that counts (building the pairs was a third of the cost).
 */
export function attemptCells<D, T extends keyof D>({
  students,
  assignments,
}: {
  students: SelectQueryBuilder<D, T, { studentId: string }> | string;
  assignments: AliasableExpression<{ id: string; scoringRule: ScoringRule }>;
}) {
  return expr
    .selectFrom(assignments.as("asg"))
    .crossJoinLateral((eb) =>
      eb
        .selectFrom("Attempt as at")
        .select((s) => {
          const submitted = expr(s.ref("at.status"), "=", sql.lit("submitted" as const));
          return [
            "at.studentId",
            s
              .case()
              .when(s.fn.agg<boolean>("bool_or", [submitted]))
              .then(
                s
                  .case()
                  .when(s.fn.agg<boolean>("bool_or", [s.and([submitted, s.ref("at.provisional")])]))
                  .then(sql.lit("needs_grading"))
                  .when(s.fn.agg<boolean>("bool_and", ["at.late"]).filterWhere(submitted))
                  .then(sql.lit("late"))
                  .else(sql.lit("submitted"))
                  .end(),
              )
              .else(sql.lit("in_progress"))
              .end()
              .$castTo<CellStatus>()
              .as("status"),
            s
              .case()
              .when("asg.scoringRule", "=", sql.lit("best"))
              .then(
                s.fn
                  .max("at.percent")
                  .filterWhere((f) => f.and([submitted, f("asg.scoringRule", "=", sql.lit("best"))])),
              )
              .else(
                sql<number | null>`(${s.fn
                  .max(
                    sql<
                      number[]
                    >`ARRAY[date_part('epoch', ${s.ref("at.submittedAt")}), ${s.ref("at.percent")}]`,
                  )
                  .filterWhere((f) =>
                    f.and([
                      submitted,
                      f("at.percent", "is not", null),
                      f("asg.scoringRule", "<>", sql.lit("best")),
                    ]),
                  )})[2]`,
              )
              .end()
              .as("counted"),
          ];
        })
        .whereRef("at.assignmentId", "=", "asg.id")
        .groupBy("at.studentId")
        .as("c"),
    )
    .select(["asg.id as assignmentId", "c.studentId", "c.status", "c.counted"])
    .where((eb) =>
      typeof students === "string" ? eb("c.studentId", "=", students) : eb("c.studentId", "in", students),
    );
}

/** The status of a cell with no attempt, on an assignment due at `dueAt`, at `now`. */
export function emptyCellStatus(dueAt: Expression<Date>, now: Date) {
  return expr
    .case()
    .when(dueAt, "<", sql<Date>`${now}::timestamptz`)
    .then(sql.lit("missing"))
    .else(sql.lit("not_started"))
    .end()
    .$castTo<"missing" | "not_started">();
}

type CountedKeys = {
  scoringRule: Expression<ScoringRule>;
  percent: Expression<number | null>;
  submittedAt: Expression<Date | null>;
};

/**
 * Orders `query`, after its DISTINCT ON keys, so that the counted attempt comes first, given the assignment's scoring
 * rule and the attempt's percent and submission time: best or latest by the rule, ties to the latest, as
 * pickCountedAttempt does.
 */
export function orderCountedFirst<D, T extends keyof D, O>(
  query: SelectQueryBuilder<D, T, O>,
  keys: (eb: ExpressionBuilder<D, T>) => CountedKeys,
) {
  const { scoringRule, percent, submittedAt } = keys(expressionBuilder(query));
  return query
    .orderBy(expr.case().when(scoringRule, "=", sql.lit("best")).then(percent).end(), (ob) =>
      ob.desc().nullsLast(),
    )
    .orderBy(submittedAt, "desc");
}

/** The counted submitted attempt of each student for one assignment, or for each assignment of one class. */
export function countedAttemptsOf(id: string, scope: "assignment" | "class" = "assignment") {
  return expr
    .selectFrom("Attempt as at")
    .innerJoin("Assignment as a", "a.id", "at.assignmentId")
    .distinctOn(["at.assignmentId", "at.studentId"])
    .select([
      "at.id",
      "at.assignmentId",
      "at.studentId",
      "at.points",
      "at.maxPoints",
      "at.percent",
      "at.provisional",
      "at.late",
      "at.startedAt",
      "at.submittedAt",
    ])
    .where(scope === "assignment" ? "at.assignmentId" : "a.classId", "=", id)
    .where("at.status", "=", sql.lit("submitted"))
    .where("at.percent", "is not", null)
    .$narrowType<{ percent: number; submittedAt: Date }>()
    .orderBy("at.assignmentId")
    .orderBy("at.studentId")
    .$call((q) =>
      orderCountedFirst(q, (eb) => ({
        scoringRule: eb.ref("a.scoringRule"),
        percent: eb.ref("at.percent"),
        submittedAt: eb.ref("at.submittedAt"),
      })),
    );
}
