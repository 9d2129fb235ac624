import "server-only";
import type { PoolConfig } from "pg";
import { env } from "./env";

/**
 * How long one kind of request may wait on the database: for a free connection (or a new one to open), and for
 * each statement, bounded twice. PostgreSQL cancels a statement past `statementMs` and says so; `readMs` is the
 * client's own bound for a server that stopped answering altogether (frozen, or cut off by the network), when no
 * cancellation can arrive. It is always longer than `statementMs`, so a slow statement is cancelled (and its
 * locks released) by the server before the client gives up on the connection.
 */
export type DatabaseBudget = { poolMs: number; statementMs: number; readMs: number };

/**
 * "quiz": autosave and submit, which a student waits on and the outbox retries, so a few seconds at most.
 * "pages": pages, server actions and the teacher's endpoints, whose reports may take longer on a big class.
 */
export type BudgetName = "quiz" | "pages";

export function databaseBudget(name: BudgetName): DatabaseBudget {
  if (name === "quiz") {
    const statementMs = env.DATABASE_QUIZ_STATEMENT_TIMEOUT_MS;
    return { poolMs: env.DATABASE_QUIZ_POOL_TIMEOUT_MS, statementMs, readMs: statementMs + 500 };
  }
  const statementMs = env.DATABASE_STATEMENT_TIMEOUT_MS;
  return { poolMs: env.DATABASE_POOL_TIMEOUT_MS, statementMs, readMs: statementMs + 1000 };
}

/** The configuration of the pool of one budget (lib/db-pool.ts). */
export function poolConfig(name: BudgetName = "pages"): PoolConfig {
  const budget = databaseBudget(name);
  return {
    connectionString: env.DATABASE_URL,
    max: env.DATABASE_POOL_MAX,
    // Names each connection in pg_stat_activity by its pool, for whoever counts an instance's connections.
    application_name: `lectern-${name}`,
    // Every session in UTC, whatever the server's or the database's default zone: Prisma's pg adapter sends a
    // DateTime without its offset and reads a timestamptz's offset as +00:00 (prisma/orm#26786), right only in UTC.
    options: "-c TimeZone=UTC",
    // pg-pool applies it to waiting for a free connection and pg to opening a new one: a frozen server accepts
    // the TCP connection but never answers the startup, which only this bound ends.
    connectionTimeoutMillis: budget.poolMs,
    statement_timeout: budget.statementMs,
    query_timeout: budget.readMs,
    idleTimeoutMillis: 30_000,
  };
}
