import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "../env";

export const MAX_FAILED_SIGN_INS = 5;
export const FAILED_SIGN_IN_WINDOW_SECONDS = 15 * 60;

// Kept in PostgreSQL so the limit holds across app instances; keyed by account, never by IP address,
// so a class signing in from one school address cannot lock itself out.
let limiter: RateLimiterPostgres | undefined;

function getLimiter(): RateLimiterPostgres {
  if (limiter) return limiter;
  const pool = new pg.Pool({
    connectionString: env.DATABASE_URL,
    max: 3,
    connectionTimeoutMillis: env.DATABASE_POOL_TIMEOUT_MS,
  });
  // An idle connection dropped by a database restart must not crash the process; the pool replaces it.
  pool.on("error", () => {});
  limiter = new RateLimiterPostgres({
    storeClient: pool,
    storeType: "pool",
    tableName: "rate_limits",
    tableCreated: true,
    keyPrefix: "signin",
    points: MAX_FAILED_SIGN_INS,
    duration: FAILED_SIGN_IN_WINDOW_SECONDS,
  });
  return limiter;
}

const accountKey = (identifier: string) => identifier.trim().toLowerCase();

/** Seconds until the account may try again, or 0 when it may try now. */
export async function signInRetryAfter(identifier: string): Promise<number> {
  const res = await getLimiter().get(accountKey(identifier));
  if (!res || res.consumedPoints < MAX_FAILED_SIGN_INS) return 0;
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}

export async function recordFailedSignIn(identifier: string): Promise<void> {
  await getLimiter()
    .consume(accountKey(identifier))
    .catch((e: unknown) => {
      if (!(e instanceof RateLimiterRes)) throw e;
    });
}

export async function clearFailedSignIns(identifier: string): Promise<void> {
  await getLimiter().delete(accountKey(identifier));
}
