import { sql, type Expression, type SqlBool } from "kysely";
import type { LatePolicy } from "../generated/kysely/types";
import { expr } from "../sql-expr";

/** An assignment's columns that decide whether it still takes work, as expressions of the statement using them. */
export type ClosingColumns = {
  closedAt: Expression<Date | null>;
  latePolicy: Expression<LatePolicy>;
  dueAt: Expression<Date>;
};

/**
 * The SQL twin of attempt-rules.ts's isClosed, negated: the assignment takes work at `now` (not closed by the
 * teacher, and before its due instant unless it accepts late work). The save statement joins on it; a fast-check
 * test (tests/integration/closing-parity.test.ts) holds it equal to isClosed.
 */
export function takesWork(a: ClosingColumns, now: Expression<Date>): Expression<SqlBool> {
  return expr.and([
    expr(a.closedAt, "is", null),
    expr.or([expr(a.latePolicy, "=", sql.lit("accept_late")), expr(a.dueAt, ">", now)]),
  ]);
}
