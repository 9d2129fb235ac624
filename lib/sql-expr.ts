import {
  DummyDriver,
  expressionBuilder,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  sql,
  type Expression,
  type SelectQueryBuilder,
} from "kysely";
import type { DB } from "./generated/kysely/types";

/**
 * The pieces of typed SQL that need no connection (lib/sql.ts runs them): shared expressions, and the text of a
 * fixed one for code that still writes its statements as strings (scripts, raw Prisma calls).
 */

/** An expression cast to integer, as counts are (PostgreSQL's bigint would come back as a string). */
export const asInt = (value: Expression<unknown>) => sql<number>`${value}::int`;

/** `count(*)` as an integer. */
export const countAll = () => asInt(sql`count(*)`);

/** The number of rows of `query` (a subquery with no selection yet), as an integer scalar. */
export function countOf<D, T extends keyof D>(query: SelectQueryBuilder<D, T, object>) {
  return query.select(countAll().as("n")).$asScalar().$notNull();
}

/** The text of one key of a jsonb value (`->>`): the answers' columns are jsonb, typed as unknown. */
export const jsonText = (json: Expression<unknown>, key: string) =>
  sql<string | null>`${json} ->> ${sql.lit(key)}`;

/**
 * An expression builder over the whole schema, for the pieces shared between statements: a function that builds
 * a condition or a subquery takes the outer columns it needs as expressions (`eb.ref("l.id")`) and builds the rest
 * with this, rather than expecting an alias or a CTE of some name to exist where it is spliced.
 */
export const expr = expressionBuilder<DB>();

/** Builds statements for their text alone: it has no connection and runs nothing. */
const compiler = new Kysely<DB>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

/** The SQL text of an expression without parameters, to splice into a statement written as a string. */
export function sqlText(expression: Expression<unknown>): string {
  const compiled = sql`${expression}`.compile(compiler);
  if (compiled.parameters.length > 0) throw new Error("sqlText: the expression binds parameters");
  return compiled.sql;
}
