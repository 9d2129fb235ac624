/**
 * npm run seed:district [-- --database-url <url>] [--scale <factor>]
 *
 * Fills a database with a school district for the results benchmark, in bulk: every row is generated inside
 * PostgreSQL (INSERT … SELECT over generate_series), in one transaction, then the tables are analyzed.
 */
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import pg from "pg";
import { hashPassword } from "../lib/auth/password";
import { prepareDatabase } from "./lib/database";
import { loadDemoLessons } from "./district/demo-questions";
import { bulkForeignKeys } from "./district/foreign-keys";
import { districtPlan, TARGET } from "./district/plan";
import { districtSteps, seedDistrict } from "./district/seed";
import type { Step } from "./district/step";
import { DISTRICT_PASSWORD, DISTRICT_TARGET } from "./district/target";

const USAGE = `Usage: npm run seed:district -- [--database-url <url>] [--scale <factor>]

Adds a school district to a database: at scale 1, 60 teachers with 5 classes each, 300 classes of
33-35 students (10,200 students), 2,000 assignments of the demo lessons and over 1,000,000 responses.
Migrations and the demo seed are applied first when missing.

Options:
  --database-url <url>  the database (default: DATABASE_URL, else the embedded development PostgreSQL)
  --scale <factor>      size of the district (default 1; e.g. 0.01 for tests, at most 10); class 1 always
                        has ${TARGET.students} students and ${TARGET.assignments} assignments
  --help                this text

Every district account signs in with the password "${DISTRICT_PASSWORD}": teachers
district-teacher-N@lectern.test, students d-student-N. The benchmark's target is class ${DISTRICT_TARGET.classId}:
teacher ${DISTRICT_TARGET.teacherEmail}, students d-student-1 to d-student-${TARGET.students}, assignments da_1 to da_${TARGET.assignments}.
A database that already holds district data is refused with exit code 2. The seed is one transaction
that locks the tables it fills: run it while no app server uses the database.`;

function usageError(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function options() {
  try {
    return parseArgs({
      options: { "database-url": { type: "string" }, scale: { type: "string" }, help: { type: "boolean" } },
    }).values;
  } catch (error) {
    return usageError((error as Error).message);
  }
}

/** A progress bar on a terminal; one line a step elsewhere (CI logs, tests), where the bar would print nothing. */
function progress(total: number): (step: Step, rows: number) => void {
  if (!process.stdout.isTTY) {
    let last = performance.now();
    return (step, rows) => {
      const now = performance.now();
      console.log(
        `${step.label.padEnd(12)} ${String(rows).padStart(9)} rows ${((now - last) / 1000).toFixed(1).padStart(6)} s`,
      );
      last = now;
    };
  }
  const bar = new cliProgress.SingleBar(
    { format: "seeding [{bar}] {value}/{total} steps | {step} | {duration}s", hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { step: "starting" });
  let done = 0;
  return (step) => {
    bar.increment({ step: step.label });
    if (++done === total) bar.stop();
  };
}

async function seed(url: string, scale: number, started: number): Promise<number> {
  const { db } = await import("../lib/db");
  const { seedDemo } = await import("../lib/seed/seed-demo");
  await seedDemo(db);
  const { lessonIds, questions } = await loadDemoLessons(db);
  await db.$disconnect();

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const found = await client.query(`SELECT 1 FROM "User" WHERE email = $1`, [DISTRICT_TARGET.teacherEmail]);
    if (found.rowCount) {
      console.error(
        `This database already holds district data (${DISTRICT_TARGET.teacherEmail}); use a fresh one.`,
      );
      return 2;
    }
    const plan = districtPlan(scale);
    // Hashed once for all accounts: argon2 is slow by design, and the benchmark only needs one password.
    const passwordHash = await hashPassword(DISTRICT_PASSWORD);
    const foreignKeys = await bulkForeignKeys(client);
    const steps = districtSteps({ plan, passwordHash, lessonIds, questions, foreignKeys, now: new Date() });
    const totals = await seedDistrict(client, steps, progress(steps.length));
    await client.query("ANALYZE");

    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `\nDistrict seeded at scale ${scale} in ${seconds} s (migrations, demo seed and ANALYZE included):`,
    );
    for (const [table, rows] of Object.entries(totals))
      console.log(`  ${table.padEnd(22)}${rows.toLocaleString("en")}`);
    console.log(
      `\nBenchmark target: class ${DISTRICT_TARGET.classId} (${TARGET.students} students, ${TARGET.assignments} assignments)`,
    );
    console.log(`  assignments  ${DISTRICT_TARGET.assignmentIds.join(" ")}`);
    console.log(`  teacher      ${DISTRICT_TARGET.teacherEmail} / ${DISTRICT_PASSWORD}`);
    console.log(`  student      ${DISTRICT_TARGET.studentUsername} / ${DISTRICT_PASSWORD}`);
    return 0;
  } finally {
    await client.end();
  }
}

const values = options();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const scale = Number(values.scale ?? "1");
if (!(scale > 0 && scale <= 10))
  usageError(`--scale must be a number above 0 and at most 10, not "${values.scale}".`);
if (values["database-url"]) process.env.DATABASE_URL = values["database-url"];

const started = performance.now();
const database = await prepareDatabase({ quiet: true });
let code = 1;
try {
  code = await seed(database.url, scale, started);
} catch (error) {
  console.error(error);
} finally {
  await database.stop();
}
// Exits explicitly, so a connection pool left open cannot keep a finished seed waiting.
process.exit(code);
