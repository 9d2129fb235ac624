/**
 * npm run bench:soak [-- --minutes 10] [--students 50] [--json <file>]
 *
 * Memory over a long run: one production server on a database of its own, paced autosave (each of `--students`
 * students every 2 s) and results page views (the teacher's report and gradebook and the student's progress, two
 * a second) for `--minutes` (10, as issue 19 asks; 3 for a quick look), with the server's resident memory (its
 * process tree) sampled every 10 s. Reports the peak, the growth from minute 2 to the end (the first two minutes
 * are warm-up: route compilation, caches, V8's heap settling), and errors, against the budgets of at most 450 MB
 * and 30 MB of growth. `--json <file>` writes `{ rss_max_mb, rss_growth_mb, errors, minutes, samples }`.
 */
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { freshDatabase, startScratchServer } from "../lib/fresh-database";
import { migrateDeploy } from "../lib/migrate";
import { autosaveSequence } from "./lib/autosave";
import { httpRequest } from "./lib/http-client";
import { signInOverHttp } from "./lib/http-session";
import { startNextServer, type NextServer } from "./lib/next-server";
import { pacedLoad } from "./lib/paced";
import { createBenchClass } from "./lib/quiz-fixture";
import { treeRssMb } from "./lib/rss";
import { formatStats } from "./lib/stats";

const { values } = parseArgs({
  options: {
    json: { type: "string" },
    minutes: { type: "string", default: "10" },
    students: { type: "string", default: "50" },
  },
});
const MINUTES = Number(values.minutes);
const STUDENTS = Number(values.students);
if (!(MINUTES >= 1) || !Number.isInteger(STUDENTS) || STUDENTS < 1) {
  console.error("--minutes takes a number of at least 1, --students a whole number of at least 1.");
  process.exit(2);
}
const PASSWORD = "bench-password";
const RSS_MAX_MB = 450;
const GROWTH_MAX_MB = 30;
const WARM_UP_MINUTES = Math.min(2, MINUTES / 5);

const server = await startScratchServer("soak", Number(process.env.BENCH_PG_PORT ?? 54332), "BENCH_PG_PORT");
const databaseUrl = await freshDatabase(server.url, "lectern_soak");
migrateDeploy(databaseUrl, true);
process.env.DATABASE_URL = databaseUrl;
process.env.NEXTAUTH_SECRET = randomBytes(32).toString("base64url");
const { db } = await import("../../lib/db");
const { sealChoiceId } = await import("../../lib/attempts/opaque-ids");
const { DEMO_TEACHER, DEMO_PASSWORD } = await import("../../lib/seed/demo-accounts");
let next: NextServer | undefined;
let code = 0;
try {
  next = await startNextServer(databaseUrl, Number(process.env.BENCH_PORT ?? 3200), {
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET,
  });
  const { baseUrl, pid } = next;
  const fixture = await createBenchClass(db, STUDENTS, PASSWORD);
  const bench = await db.class.findFirstOrThrow({
    where: { joinCode: "BENCH1" },
    select: { id: true, assignments: { select: { id: true } } },
  });
  const cookies: string[] = [];
  for (const s of fixture.students) cookies.push(await signInOverHttp(baseUrl, s.username, PASSWORD));
  const teacher = await signInOverHttp(baseUrl, DEMO_TEACHER.email, DEMO_PASSWORD);
  await db.$disconnect();

  const nextSave = autosaveSequence(fixture.questions, sealChoiceId);
  const origin = baseUrl;
  const save = (client: number) => {
    const { path, body } = nextSave(fixture.students[client]!.attemptId);
    return httpRequest(`${baseUrl}${path}`, {
      method: "PUT",
      headers: { "content-type": "application/json", origin, cookie: cookies[client]! },
      body,
    });
  };
  const pages = [
    { path: `/teacher/assignments/${bench.assignments[0]!.id}/report`, cookie: teacher },
    { path: `/teacher/classes/${bench.id}`, cookie: teacher },
    { path: "/student/progress", cookie: cookies[0]! },
  ];
  let view = 0;
  const viewPage = () => {
    const page = pages[view++ % pages.length]!;
    return httpRequest(`${baseUrl}${page.path}`, { method: "GET", headers: { cookie: page.cookie } });
  };

  const samples: { minute: number; rss_mb: number }[] = [];
  const started = Date.now();
  const sample = () => {
    const minute = Math.round(((Date.now() - started) / 60_000) * 100) / 100;
    samples.push({ minute, rss_mb: treeRssMb(pid!) });
    console.log(`  minute ${minute.toFixed(2).padStart(5)}  rss ${samples.at(-1)!.rss_mb} MB`);
  };
  sample();
  const sampler = setInterval(sample, 10_000);
  const seconds = MINUTES * 60;
  const [autosave, views] = await Promise.all([
    pacedLoad(fixture.students.length, 2000, seconds, save),
    pacedLoad(2, 1000, seconds, viewPage),
  ]);
  clearInterval(sampler);
  sample();

  const rssMax = Math.max(...samples.map((s) => s.rss_mb));
  const afterWarmUp = samples.find((s) => s.minute >= WARM_UP_MINUTES) ?? samples[0]!;
  const growth = Math.round((samples.at(-1)!.rss_mb - afterWarmUp.rss_mb) * 10) / 10;
  const errors = autosave.errors + views.errors;
  console.log(formatStats("autosave_paced", autosave));
  console.log(formatStats("results_pages", views));
  if (errors > 0) {
    console.log(`  autosave errors by kind: ${JSON.stringify(autosave.error_kinds)}`);
    console.log(`  page view errors by kind: ${JSON.stringify(views.error_kinds)}`);
  }
  console.log(
    `\nrss: peak ${rssMax} MB (budget ${RSS_MAX_MB}), growth ${growth} MB from minute ${afterWarmUp.minute} to ` +
      `${samples.at(-1)!.minute} (budget ${GROWTH_MAX_MB}); ${errors} errors`,
  );
  if (rssMax > RSS_MAX_MB || growth > GROWTH_MAX_MB || errors > 0) code = 1;
  if (values.json) {
    const report = {
      rss_max_mb: rssMax,
      rss_growth_mb: growth,
      errors,
      minutes: MINUTES,
      autosave_paced: autosave,
      results_pages: views,
      samples,
    };
    writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`wrote ${values.json}`);
  }
} finally {
  await db.$disconnect();
  await next?.stop();
  await server.stop();
}
process.exit(code);
