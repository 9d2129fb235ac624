import "server-only";
import {
  expressionBuilder,
  Kysely,
  PostgresDialect,
  sql,
  type Expression,
  type PostgresPool,
  type PostgresPoolClient,
} from "kysely";
import type pg from "pg";
import { markDatabaseOutage } from "./database-outage";
import { pool, quizPool } from "./db-pool";
import type { DB } from "./generated/kysely/types";

export type { DB } from "./generated/kysely/types";

/**
 * Kysely's view of one of our pg pools. Statements still run on the pool's PreparingClient, which prepares each
 * text once per connection (Kysely passes its parameters as an array, as that client expects), and a failure that
 * means the database is unreachable is marked for the outage page (markDatabaseOutage), as the pools' own query()
 * marks it; connect() is already marked by the pool. Kysely never ends the pool: lib/db-pool.ts owns it.
 */
function kyselyPool(on: pg.Pool): PostgresPool {
  const wrapped = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  const wrap = (client: pg.PoolClient): PostgresPoolClient => ({
    query: ((text: string, values: readonly unknown[]) =>
      client.query(text, values as unknown[]).catch((error: unknown) => {
        throw markDatabaseOutage(error);
      })) as unknown as PostgresPoolClient["query"],
    release: (destroy) => client.release(destroy),
  });
  return {
    async connect() {
      const client = await on.connect();
      let kyselyClient = wrapped.get(client);
      if (!kyselyClient) wrapped.set(client, (kyselyClient = wrap(client)));
      return kyselyClient;
    },
    end: async () => {},
  };
}

/**
 * Typed SQL for the statements Prisma cannot express or makes slow: the row types come from prisma/schema.prisma
 * (prisma-kysely, lib/generated/kysely), so a renamed column fails the typecheck. `pagesDb` runs on the pages'
 * pool and `quizDb` on the quiz's (lib/db-pool.ts says which path uses which). Keep statement texts fixed: bind
 * lists as one array parameter (`= any(...)`) rather than `in (...)`, which would make a new text, and a new
 * prepared statement, per list length.
 */
export const pagesDb = new Kysely<DB>({ dialect: new PostgresDialect({ pool: kyselyPool(pool) }) });
export const quizDb = new Kysely<DB>({ dialect: new PostgresDialect({ pool: kyselyPool(quizPool) }) });

/** An expression cast to integer, as counts are (PostgreSQL's bigint would come back as a string). */
export const asInt = (value: Expression<unknown>) => sql<number>`${value}::int`;

/** `count(*)` as an integer. */
export const countAll = () => asInt(sql`count(*)`);

/** The text of one key of a jsonb value (`->>`): the answers' columns are jsonb, typed as unknown. */
export const jsonText = (json: Expression<unknown>, key: string) =>
  sql<string | null>`${json} ->> ${sql.lit(key)}`;

/**
 * An expression builder over the whole schema, for the pieces shared between statements: a function that builds
 * a condition or a subquery takes the outer columns it needs as expressions (`eb.ref("l.id")`) and builds the rest
 * with this, rather than expecting an alias or a CTE of some name to exist where it is spliced.
 */
export const expr = expressionBuilder<DB>();
