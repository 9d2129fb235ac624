import type { PoolConfig } from "pg";
import { env } from "./env";

/** The one connection-pool configuration, shared by the Prisma adapter and the plain pg pool. */
export function poolConfig(): PoolConfig {
  return {
    connectionString: env.DATABASE_URL,
    max: env.DATABASE_POOL_MAX,
    // Bounded waits: when the database is slow or gone, requests fail fast instead of queueing forever.
    connectionTimeoutMillis: env.DATABASE_POOL_TIMEOUT_MS,
    statement_timeout: env.DATABASE_STATEMENT_TIMEOUT_MS,
    // The client-side bound for a server that stopped answering altogether.
    query_timeout: env.DATABASE_STATEMENT_TIMEOUT_MS + 2000,
    idleTimeoutMillis: 30_000,
  };
}
