/**
 * Playwright's global setup for the e2e and security projects (`npx playwright test`, `npm run test:e2e`):
 *
 * 1. Checks for Chromium (tests/e2e/support/chromium.ts), and runs `prisma generate`.
 * 2. Starts PostgreSQL (TEST_DATABASE_URL's server, or an embedded one in .data/e2e-postgres on port
 *    E2E_PG_PORT, default 54331), creates a fresh `lectern_e2e` database, migrates and seeds the demo school.
 * 3. Builds the app for production (`next build`; E2E_SKIP_BUILD=1 reuses an existing .next build).
 * 4. Starts the outage control (E2E_CONTROL_PORT, default 3199) when PostgreSQL is its own, and `next start` on
 *    E2E_PORT (default 3100), and waits for /api/health.
 *
 * The environment it sets (DATABASE_URL, NEXTAUTH_SECRET, E2E_CONTROL_PORT …) reaches the workers, which
 * Playwright starts after it. The function it returns stops what it started, whatever the tests did.
 */
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { freshDatabase, startScratchServer } from "../../scripts/lib/fresh-database";
import { migrateDeploy } from "../../scripts/lib/migrate";
import { startOutageControl } from "../../scripts/lib/outage-control";
import { bin, runOrThrow, startProcess, waitForHttp } from "../../scripts/lib/process";
import { findChromium } from "./support/chromium";

const DATABASE = "lectern_e2e";
const log = (message: string) => console.log(`[e2e] ${message}`);

async function seed() {
  // lib/env reads DATABASE_URL when first imported, so the imports wait until it is set.
  const { db } = await import("../../lib/db");
  const { seedDemo } = await import("../../lib/seed/seed-demo");
  try {
    await seedDemo(db);
  } finally {
    await db.$disconnect();
  }
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  const chromium = findChromium();
  if ("problem" in chromium) throw new Error(chromium.problem);
  const port = process.env.E2E_PORT ?? "3100";
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  process.env.NEXTAUTH_URL = `http://localhost:${port}`;
  process.env.NEXTAUTH_SECRET = randomBytes(32).toString("base64url");
  await runOrThrow("prisma generate", bin("prisma"), ["generate"], {
    env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    quiet: true,
  });

  const stops: (() => Promise<void>)[] = [];
  const teardown = async () => {
    for (const stop of stops.reverse()) await stop();
  };
  try {
    log(process.env.TEST_DATABASE_URL ? "PostgreSQL: TEST_DATABASE_URL's server" : "PostgreSQL: embedded");
    const server = await startScratchServer("e2e", Number(process.env.E2E_PG_PORT ?? 54331), "E2E_PG_PORT");
    stops.push(server.stop);
    process.env.DATABASE_URL = await freshDatabase(server.url, DATABASE);
    log(`fresh database ${DATABASE}: migrating and seeding the demo school`);
    migrateDeploy(process.env.DATABASE_URL, true);
    await seed();

    if (process.env.E2E_SKIP_BUILD === "1" && existsSync(path.join(".next", "BUILD_ID"))) {
      log("E2E_SKIP_BUILD=1: using the existing production build in .next");
    } else {
      log("next build");
      await runOrThrow("next build", bin("next"), ["build"], {
        env: { ...process.env, NODE_ENV: "production" },
      });
    }

    const controlPort = Number(process.env.E2E_CONTROL_PORT ?? 3199);
    const control = await startOutageControl(server, controlPort);
    if (control) {
      process.env.E2E_CONTROL_PORT = String(controlPort);
      stops.push(() => new Promise((resolve) => control.close(() => resolve())));
    } else {
      delete process.env.E2E_CONTROL_PORT;
    }

    const health = `http://127.0.0.1:${port}/api/health`;
    if (
      await fetch(health).then(
        () => true,
        () => false,
      )
    ) {
      throw new Error(`Something already answers on port ${port}: stop it or set E2E_PORT.`);
    }
    log(`next start --port ${port}`);
    const next = startProcess(bin("next"), ["start", "--port", port], {
      stdio: ["ignore", "ignore", "inherit"],
      group: true,
    });
    // Should this process end without its teardown (a crash), the server must not keep the port.
    const killOnExit = () => next.kill("SIGTERM");
    process.once("exit", killOnExit);
    stops.push(async () => {
      process.off("exit", killOnExit);
      await next.stop("SIGTERM", 5_000);
    });
    await waitForHttp(health, { status: 200, timeoutMs: 120_000, exited: next.exited });
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
