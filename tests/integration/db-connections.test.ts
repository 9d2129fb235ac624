import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Small pools, so that the load below fills them: an instance may open 2 × DATABASE_POOL_MAX connections.
const POOL_MAX = 3;
process.env.DATABASE_POOL_MAX = String(POOL_MAX);

/** The app's data layer, imported once DATABASE_POOL_MAX is set (the pools read it at import). */
async function loadApp() {
  return {
    ...(await import("../../lib/db")),
    ...(await import("../../lib/db-pool")),
    ...(await import("../../lib/rate-limit/postgres-limiter")),
  };
}

let app: Awaited<ReturnType<typeof loadApp>>;
const observer = new pg.Client({ connectionString: process.env.DATABASE_URL, application_name: "observer" });

beforeAll(async () => {
  app = await loadApp();
  await observer.connect();
});

afterAll(async () => {
  await observer.end();
  await Promise.all([app.db.$disconnect(), app.pool.end(), app.quizPool.end()]);
});

/**
 * This database's backends other than the observer's own, by application_name. A backend still starting up is
 * listed with no state and an empty name until its startup options are applied: a pool's connection caught in
 * that instant is not a connection beside the pools (a loaded machine caught one), so only started ones count.
 */
async function backends(): Promise<Map<string, number>> {
  const { rows } = await observer.query<{ name: string; n: number }>(
    `SELECT application_name AS name, count(*)::int AS n FROM pg_stat_activity
     WHERE datname = current_database() AND pid <> pg_backend_pid() AND state IS NOT NULL GROUP BY 1`,
  );
  return new Map(rows.map((r) => [r.name, r.n]));
}

describe("the process's connections", () => {
  it("Prisma, the plain statements and the rate limiter share the pages' pool; autosave and submit have theirs", async () => {
    const limiter = app.postgresLimiter({ keyPrefix: "connections", points: 100, durationSeconds: 60 })();
    const slow = 0.3;
    const load = [
      ...Array.from({ length: 8 }, () => app.db.$queryRaw`SELECT 1 AS one FROM pg_sleep(${slow})`),
      ...Array.from({ length: 4 }, () =>
        app.db.$transaction(async (tx) => tx.$queryRaw`SELECT 1 AS one FROM pg_sleep(${slow})`),
      ),
      ...Array.from({ length: 8 }, () => app.pool.query("SELECT pg_sleep($1)", [slow])),
      ...Array.from({ length: 8 }, (_, i) => limiter.consume(`key-${i}`)),
      ...Array.from({ length: 8 }, () => app.quizPool.query("SELECT pg_sleep($1)", [slow])),
    ];
    const seen = new Map<string, number>();
    let settled = false;
    const all = Promise.all(load).finally(() => (settled = true));
    while (!settled) {
      for (const [name, n] of await backends()) seen.set(name, Math.max(seen.get(name) ?? 0, n));
      await new Promise((r) => setTimeout(r, 50));
    }
    await all;

    // Every backend the load opened belongs to one of the two pools, and each was filled to its bound, no further.
    expect(Object.fromEntries(seen)).toEqual({ "lectern-pages": POOL_MAX, "lectern-quiz": POOL_MAX });
    // The connections stay open for the next requests; none was opened beside the pools.
    const after = await backends();
    expect([...after.keys()].sort()).toEqual(["lectern-pages", "lectern-quiz"]);
    expect([...after.values()].reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(2 * POOL_MAX);
  });
});
