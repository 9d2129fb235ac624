import { sql, type Expression } from "kysely";
import type { ScoringRule } from "../generated/kysely/types";
import { expr } from "../sql-expr";
import { orderCountedFirst } from "./counted-attempts-sql";

/**
 * The points of an attempt's open responses still to grade (graded ones have points, and only an open response is
 * left without them at submission), as a scalar subquery on the attempt's id: an index range scan on "attemptId".
 * lib/attempts/queries.ts's pendingPointsOf is the same rule read through Prisma for a handful of attempts.
 */
export function pendingPointsOf(attemptId: Expression<string>) {
  return expr
    .selectFrom("Response as r")
    .innerJoin("Question as q", "q.id", "r.questionId")
    .select(sql<number>`COALESCE(SUM(${sql.ref("q.points")}), 0)::float8`.as("pending"))
    .where("r.attemptId", "=", attemptId)
    .where("r.points", "is", null)
    .where("q.type", "=", sql.lit("open_response"))
    .$asScalar()
    .$notNull();
}

/**
 * For a LEFT JOIN LATERAL beside a results cell (attemptCells'): the cell's counted attempt with its points, maximum
 * and pending points, looked up only when the cell waits for grading, so a page pays for its few provisional cells
 * alone. `provisional` is false when the counted attempt is final though another attempt waits (best-score rule).
 */
export function provisionalCountedAttempt(cell: {
  assignmentId: Expression<string>;
  studentId: Expression<string>;
  scoringRule: Expression<ScoringRule>;
  status: Expression<string | null>;
}) {
  return expr
    .selectFrom("Attempt as at")
    .select((eb) => [
      "at.provisional",
      "at.points",
      "at.maxPoints",
      pendingPointsOf(eb.ref("at.id")).as("pending"),
    ])
    .where("at.assignmentId", "=", cell.assignmentId)
    .where("at.studentId", "=", cell.studentId)
    .where("at.status", "=", sql.lit("submitted"))
    .where("at.percent", "is not", null)
    .where(cell.status, "=", sql.lit("needs_grading"))
    .$call((q) =>
      orderCountedFirst(q, (eb) => ({
        scoringRule: cell.scoringRule,
        percent: eb.ref("at.percent"),
        submittedAt: eb.ref("at.submittedAt"),
      })),
    )
    .limit(1);
}
