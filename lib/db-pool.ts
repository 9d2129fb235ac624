import pg from "pg";
import { poolConfig } from "./db-pool-config";
import { PreparingClient } from "./db-preparing-client";
import { env } from "./env";

function createPool() {
  const pool = new pg.Pool({ ...poolConfig(), Client: PreparingClient });
  // An idle connection dropped by a database restart must not crash the process; the pool replaces it.
  pool.on("error", () => {});
  return pool;
}

/**
 * Prisma stores DateTime as UTC in "timestamp without time zone" columns, while pg reads and writes such
 * columns in the process's local zone: statements on this pool convert explicitly (AT TIME ZONE 'UTC').
 *
 * A plain pg pool for the hottest paths: autosave and submit, the per-request session check, the class lookup,
 * the lesson library and the results statements, where one parameterized statement costs a fraction of a Prisma
 * call's CPU, and which its client prepares once per connection. Everything else goes through the Prisma client in
 * lib/db.ts.
 */
const globalForPool = globalThis as unknown as { lecternPool?: pg.Pool };
export const pool: pg.Pool = globalForPool.lecternPool ?? createPool();
if (env.NODE_ENV === "development") globalForPool.lecternPool = pool;
