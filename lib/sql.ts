import "server-only";
import { Kysely, PostgresDialect, type PostgresPool, type PostgresPoolClient } from "kysely";
import type pg from "pg";
import { markDatabaseOutage } from "./database-outage";
import { pool, quizPool } from "./db-pool";
import type { DB } from "./generated/kysely/types";
import type { Prisma } from "./generated/prisma/client";

export type { DB } from "./generated/kysely/types";
export * from "./sql-expr";

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

const onClient = new WeakMap<pg.ClientBase, Kysely<DB>>();

/** Kysely over something that runs a statement text with its parameters, as one connection that is never released. */
function onStatements(query: (text: string, values: unknown[]) => Promise<{ rows: unknown[] }>): Kysely<DB> {
  const connection = {
    query: (text: string, values: readonly unknown[]) => query(text, [...values]),
    release: () => {},
  } as unknown as PostgresPoolClient;
  const pool: PostgresPool = { connect: async () => connection, end: async () => {} };
  return new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
}

/**
 * Kysely on one connection, for the statements of a transaction already begun on it (inTransaction in
 * lib/attempts/pool-transaction.ts, which commits, rolls back and marks outages). Kept per connection, as pg's
 * pools reuse their clients.
 */
export function onConnection(client: pg.ClientBase): Kysely<DB> {
  let db = onClient.get(client);
  if (!db) onClient.set(client, (db = onStatements((text, values) => client.query(text, values))));
  return db;
}

/**
 * Kysely inside a Prisma interactive transaction, for the statements a Prisma-written path shares with the pg
 * ones (rescoring in lib/attempts/rescore.ts): they run through the transaction's $queryRawUnsafe, so they see
 * its writes and commit or roll back with it. Affected-row counts are not reported.
 */
export function onPrismaTransaction(tx: Prisma.TransactionClient): Kysely<DB> {
  return onStatements(async (text, values) => ({
    rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values),
  }));
}
