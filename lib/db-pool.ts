import "server-only";
import type pg from "pg";
import { poolConfig, type BudgetName } from "./db-pool-config";
import { OutageAwarePool } from "./db-outage-pool";
import { PreparingClient } from "./db-preparing-client";
import { env } from "./env";

function createPool(budget: BudgetName) {
  const pool = new OutageAwarePool({ ...poolConfig(budget), Client: PreparingClient });
  // An idle connection dropped by a database restart must not crash the process; the pool replaces it.
  pool.on("error", () => {});
  return pool;
}

/**
 * The process's only two pools, each at most DATABASE_POOL_MAX connections. `pool` ("pages") serves the Prisma
 * client (lib/db.ts), the plain statements of the per-request session check, the class lookup, the lesson library
 * and the results, and the sign-in and join limits, with the pages' timeouts. `quizPool` ("quiz") serves autosave
 * and submit alone, with their shorter ones (lib/db-pool-config.ts), so a teacher's long report or a regrade's
 * transaction never holds the connection a student's save waits for. Their client prepares each parameterized
 * statement once per connection, where one such statement costs a fraction of a Prisma call's CPU.
 */
const globalForPool = globalThis as unknown as { lecternPool?: pg.Pool; lecternQuizPool?: pg.Pool };
export const pool: pg.Pool = globalForPool.lecternPool ?? createPool("pages");
export const quizPool: pg.Pool = globalForPool.lecternQuizPool ?? createPool("quiz");
if (env.NODE_ENV === "development") {
  globalForPool.lecternPool = pool;
  globalForPool.lecternQuizPool = quizPool;
}
