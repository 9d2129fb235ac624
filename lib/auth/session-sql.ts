import "server-only";
import { sql, type Expression, type SqlBool } from "kysely";
import { expr } from "../sql-expr";

/**
 * The account is still on the session version its token claims, or the request's session was already checked
 * against the database (`claimed` null): the session check of the hot paths that skip the per-request session
 * query and check it inside their own statement instead. `sessionVersion` is the account's column.
 */
export function sessionStillValid(
  sessionVersion: Expression<number>,
  claimed: number | null,
): Expression<SqlBool> {
  const version = sql<number | null>`${claimed}::int`;
  return expr.or([expr(version, "is", null), expr(sessionVersion, "=", version)]);
}
