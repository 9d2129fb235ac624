import { defineConfig } from "@playwright/test";

// Run through `npm run test:e2e` (scripts/e2e.ts): it finds Chromium, prepares a fresh seeded database and
// a production build, then sets the environment read here. See scripts/e2e.ts.
const port = Number(process.env.E2E_PORT ?? 3100);
const isRoot = process.getuid?.() === 0;

/** Only variables that are set: Playwright's webServer.env takes strings. */
function definedEnv(names: string[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of names) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  return env;
}

export default defineConfig({
  outputDir: "test-results/e2e",
  fullyParallel: false,
  workers: 1, // 2 cores: the server, PostgreSQL and the browser already share them
  retries: 0, // a flaky test is a bug to fix, not to retry
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL: `http://localhost:${port}`,
    browserName: "chromium",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || undefined,
      args: [
        ...(isRoot ? ["--no-sandbox"] : []),
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-gpu",
      ],
    },
  },
  projects: [
    { name: "e2e", testDir: "tests/e2e" },
    // The security suite (README "Security"): HTTP only, no browser. Its setup makes the people and data the
    // manifest's examples act on; `--project security` runs both.
    { name: "security-setup", testDir: "tests/security", testMatch: /world\.setup\.ts$/ },
    {
      name: "security",
      testDir: "tests/security",
      testMatch: /\.spec\.ts$/,
      dependencies: ["security-setup"],
    },
  ],
  webServer: {
    command: `node_modules/.bin/next start --port ${port}`,
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
    env: {
      ...definedEnv(["DATABASE_URL", "NEXTAUTH_SECRET", "NEXTAUTH_URL"]),
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
