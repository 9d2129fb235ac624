import {
  DummyDriver,
  expressionBuilder,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  sql,
  type Compilable,
  type CompiledQuery,
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

/** The stand-in for a named value while a fixed statement is built (see fixedStatement). */
class Slot {
  constructor(readonly name: string) {}
}

/**
 * A statement built and compiled once, on its first use, with named values in place of its parameters; each call
 * then only places its values, so a hot path pays neither building nor compiling per call (a few µs to hundreds
 * of µs for a large statement) and the text cannot vary. `build` may use the values it is given only as values of
 * the statement (a comparison's operand, a column's new value, `sql` template values): they are stand-ins, so
 * a value computed from one (`JSON.stringify(values.answer)`) is an error, and so is any other bound value, which
 * would stay as it was at the first call: constants go in as literals (`sql.lit`). Run the result with
 * `db.executeQuery(statement(values))`; its rows are typed as the builder's. `statement.fresh(values)` builds and
 * compiles it anew with the values themselves, as the call would without this, for tests and benchmarks.
 */
export function fixedStatement<V extends Record<string, unknown>, R>(
  build: (db: Kysely<DB>, values: V) => Compilable<R>,
): ((values: V) => CompiledQuery<R>) & { fresh: (values: V) => CompiledQuery<R> } {
  let compiled: { query: CompiledQuery<R>; slots: string[] } | undefined;
  const place = (values: V): CompiledQuery<R> => {
    if (!compiled) {
      const slots = new Map<string, Slot>();
      const stand = new Proxy({} as V, {
        get: (_, name: string) => slots.get(name) ?? slots.set(name, new Slot(name)).get(name),
      });
      const query = build(compiler, stand).compile();
      const names = query.parameters.map((p) => {
        if (!(p instanceof Slot))
          throw new Error(`fixedStatement: a bound value that is not one of its values`);
        return p.name;
      });
      compiled = { query, slots: names };
    }
    const { query, slots } = compiled;
    return { ...query, parameters: slots.map((name) => values[name]) };
  };
  return Object.assign(place, { fresh: (values: V) => build(compiler, values).compile() });
}
