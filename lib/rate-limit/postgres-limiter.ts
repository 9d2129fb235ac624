import "server-only";
import { createHash } from "node:crypto";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { pool } from "../db-pool";
import { AppError } from "../errors";

// Limits live in PostgreSQL (the rate_limits table, created by the init migration) so they hold across every
// app instance. Each check is a single upsert on the pages' pool, with its bounds: sign-in and join wait on it,
// and a frozen server must not hold them past those.

export type Limit = { keyPrefix: string; points: number; durationSeconds: number };

/** A fixed-window limiter; created on first use so importing this module opens no connection. */
export function postgresLimiter(limit: Limit): () => RateLimiterPostgres {
  let limiter: RateLimiterPostgres | undefined;
  return () =>
    (limiter ??= new RateLimiterPostgres({
      storeClient: pool,
      storeType: "pool",
      tableName: "rate_limits",
      tableCreated: true,
      keyPrefix: limit.keyPrefix,
      points: limit.points,
      duration: limit.durationSeconds,
    }));
}

/** A key that fits rate_limits.key (255 characters with its prefix): long ones, such as a 254-character email, hashed. */
export const storableKey = (key: string) =>
  key.length <= 200 ? key : `sha256:${createHash("sha256").update(key).digest("hex")}`;

/** "Try again in 3 minutes." for a wait in milliseconds, never less than one minute. */
export function tryAgainIn(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return `Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

/**
 * Takes one point in a single statement (an upsert that returns the new count), so requests racing each other
 * cannot all pass a check made before any of them is counted. Over the limit, refuses with `tooMany` and the wait.
 */
export async function consumeOrRefuse(
  limiter: RateLimiterPostgres,
  key: string,
  tooMany: string,
): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (e) {
    if (e instanceof RateLimiterRes)
      throw new AppError("rate_limited", `${tooMany} ${tryAgainIn(e.msBeforeNext)}`);
    throw e;
  }
}
