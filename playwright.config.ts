import { defineConfig } from "@playwright/test";
import { findChromium } from "./tests/e2e/support/chromium";

// `npx playwright test` (or `npm run test:e2e`): the global setup prepares a fresh seeded database, a production
// build and `next start`, then sets the environment the tests read. See tests/e2e/global-setup.ts.
const port = Number(process.env.E2E_PORT ?? 3100);
const isRoot = process.getuid?.() === 0;
const chromium = findChromium();

export default defineConfig({
  globalSetup: "./tests/e2e/global-setup.ts",
  // The setup, the specs and the security suite import lib/ modules marked server-only; this tsconfig maps the
  // package to its empty module, as vitest.config.ts does (see scripts/lib/server-condition.ts).
  tsconfig: "./tsconfig.playwright.json",
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
      executablePath: "path" in chromium ? chromium.path : undefined,
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
});
