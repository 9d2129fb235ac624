/**
 * End-to-end tests: `npm run test:e2e [-- <playwright args, e.g. a spec file>]`.
 *
 * 1. Finds Chromium without downloading anything: CHROMIUM_PATH, then /usr/bin/chromium, then Playwright's own.
 * 2. Starts PostgreSQL (TEST_DATABASE_URL's server, or an embedded one in .data/e2e-postgres on port
 *    E2E_PG_PORT, default 54331), creates a fresh `lectern_e2e` database, migrates and seeds the demo school.
 * 3. Builds the app for production (`next build`; E2E_SKIP_BUILD=1 reuses an existing .next build).
 * 4. Runs `playwright test`, whose webServer runs `next start --port E2E_PORT` (default 3100) with this env.
 * PostgreSQL is stopped at the end whatever happens; the exit code is Playwright's.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { constants } from "node:os";
import path from "node:path";
import { freshDatabase, startScratchServer } from "./lib/fresh-database";
import { migrateDeploy } from "./lib/migrate";
import { startOutageControl } from "./lib/outage-control";
import { SERVER_CONDITION } from "./lib/server-condition";

const DATABASE = "lectern_e2e";
const root = process.cwd();
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const log = (message: string) => console.log(`[e2e] ${message}`);

class StepError extends Error {}

async function findChromium(): Promise<string> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new StepError(`CHROMIUM_PATH=${fromEnv} does not exist.`);
  }
  if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  try {
    const { chromium } = await import("@playwright/test");
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // No browser registry for this platform: same answer as "not installed".
  }
  throw new StepError(
    "No Chromium found: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH.",
  );
}

let current: ChildProcess | undefined;
let interrupted = false;

/** Runs a command with inherited output; resolves with its exit code (signals count as failure). */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    current = child;
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      current = undefined;
      resolve(code ?? 128 + (signal ? constants.signals[signal] : 0));
    });
  });
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    interrupted = true;
    // The child (or Playwright, which stops next start) exits, and the finally below stops PostgreSQL.
    current?.kill(signal);
  });
}

async function seed(databaseUrl: string) {
  // lib/env reads DATABASE_URL when first imported, so the imports wait until it is set.
  process.env.DATABASE_URL = databaseUrl;
  const { db } = await import("../lib/db");
  const { seedDemo } = await import("../lib/seed/seed-demo");
  try {
    await seedDemo(db);
  } finally {
    await db.$disconnect();
  }
}

async function main(): Promise<number> {
  const passthrough = process.argv.slice(2);
  if (passthrough[0] === "--") passthrough.shift();

  const chromiumPath = await findChromium();
  log(`Chromium: ${chromiumPath}`);

  const port = process.env.E2E_PORT ?? "3100";
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    CHROMIUM_PATH: chromiumPath,
    E2E_PORT: port,
    NEXTAUTH_URL: `http://localhost:${port}`,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
  };

  if ((await run(bin("prisma"), ["generate"], { ...env, PRISMA_HIDE_UPDATE_MESSAGE: "1" })) !== 0) {
    throw new StepError("prisma generate failed.");
  }

  log(process.env.TEST_DATABASE_URL ? "PostgreSQL: TEST_DATABASE_URL's server" : "PostgreSQL: embedded");
  const server = await startScratchServer("e2e", Number(process.env.E2E_PG_PORT ?? 54331), "E2E_PG_PORT");
  try {
    const databaseUrl = await freshDatabase(server.url, DATABASE);
    env.DATABASE_URL = databaseUrl;
    log(`fresh database ${DATABASE}: migrating and seeding the demo school`);
    migrateDeploy(databaseUrl, true);
    await seed(databaseUrl);
    if (interrupted) return 130;

    if (process.env.E2E_SKIP_BUILD === "1" && existsSync(path.join(root, ".next", "BUILD_ID"))) {
      log("E2E_SKIP_BUILD=1: using the existing production build in .next");
    } else {
      log("next build");
      const code = await run(bin("next"), ["build"], { ...env, NODE_ENV: "production" });
      if (code !== 0) throw new StepError(`next build failed (exit code ${code}).`);
    }
    if (interrupted) return 130;

    const controlPort = Number(process.env.E2E_CONTROL_PORT ?? 3199);
    const control = await startOutageControl(server, controlPort);
    if (control) env.E2E_CONTROL_PORT = String(controlPort);
    log(`playwright test ${passthrough.join(" ")}`.trim());
    try {
      // The security suite's files import lib/ modules marked server-only: Playwright's workers inherit the flag.
      return await run(process.execPath, [SERVER_CONDITION, bin("playwright"), "test", ...passthrough], env);
    } finally {
      control?.close();
    }
  } finally {
    await server.stop();
  }
}

let exitCode: number;
try {
  exitCode = await main();
} catch (error) {
  if (error instanceof StepError) console.error(error.message);
  else console.error("[e2e] failed:", error);
  exitCode = 1;
}
// Exit explicitly, so a handle left open (a pool, a child's pipe) cannot keep a finished run waiting.
process.exit(exitCode);
