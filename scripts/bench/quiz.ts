/**
 * npm run bench:quiz [-- --json <file>] [--students 200] [--seconds 20]
 *
 * Students answering and submitting over HTTP against the production build, on a database of its own.
 * Phases: bare GET /api/health (the ceiling), paced autosave (each student every 2 s), saturated autosave,
 * then every student submits within one second. Loopback only; every phase is bounded in time.
 */
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type autocannon from "autocannon";
import { freshDatabase, startScratchServer } from "../lib/fresh-database";
import { migrateDeploy } from "../lib/migrate";
import { load } from "./lib/load";
import { pacedLoad } from "./lib/paced";
import { startNextServer } from "./lib/next-server";
import { signInOverHttp } from "./lib/http-session";
import { formatStats, summarize } from "./lib/stats";
import { httpRequest } from "./lib/http-client";
import { createBenchClass, type BenchStudent } from "./lib/quiz-fixture";

const { values } = parseArgs({
  options: {
    json: { type: "string" },
    students: { type: "string", default: "200" },
    seconds: { type: "string", default: "20" },
  },
});
const STUDENTS = Number(values.students);
const SECONDS = Number(values.seconds);
const PASSWORD = "bench-password";
const WARM_UP_SECONDS = 10;

const server = await startScratchServer("bench", Number(process.env.BENCH_PG_PORT ?? 54332), "BENCH_PG_PORT");
const databaseUrl = await freshDatabase(server.url, "lectern_bench");
migrateDeploy(databaseUrl, true);
process.env.DATABASE_URL = databaseUrl;
// The students' answers carry choice ids sealed for their attempts: this process seals them with the server's secret.
process.env.NEXTAUTH_SECRET = randomBytes(32).toString("base64url");
const { db } = await import("../../lib/db");
const { sealChoiceId } = await import("../../lib/attempts/opaque-ids");
const next = await startNextServer(databaseUrl, Number(process.env.BENCH_PORT ?? 3200), {
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET,
});

try {
  console.log(`Seeding ${STUDENTS} students with open attempts…`);
  const fixture = await createBenchClass(db, STUDENTS, PASSWORD);
  const students: BenchStudent[] = [];
  for (let i = 0; i < fixture.students.length; i += 8) {
    const batch = fixture.students.slice(i, i + 8);
    const cookies = await Promise.all(batch.map((s) => signInOverHttp(next.baseUrl, s.username, PASSWORD)));
    batch.forEach((s, j) => students.push({ ...s, cookie: cookies[j]! }));
  }
  console.log(`Signed in ${students.length} students over HTTP.\n`);

  // The newest version sent per attempt and question: after the run, each must be what the database holds.
  const lastSent = new Map<string, number>();
  const versions = new Map<string, number>();
  const nextSave = (s: BenchStudent) => {
    const version = (versions.get(s.attemptId) ?? 0) + 1;
    versions.set(s.attemptId, version);
    const q = fixture.questions[version % fixture.questions.length]!;
    lastSent.set(`${s.attemptId}:${q.id}`, version);
    const choiceId = sealChoiceId(s.attemptId, q.choiceIds[version % q.choiceIds.length]!);
    const answer = { type: "single_choice", choiceId };
    return {
      path: `/api/attempts/${s.attemptId}/answers`,
      body: JSON.stringify({ questionId: q.id, answer, version }),
    };
  };
  // The JSON endpoints take only same-origin JSON (lib/http/same-origin.ts), as the quiz page sends it.
  const jsonHeaders = { "content-type": "application/json", origin: next.baseUrl };
  let nextStudent = 0;
  const saveRequest: autocannon.Request = {
    method: "PUT",
    setupRequest: (req, context) => {
      // One student per connection: the context lives as long as the connection.
      const ctx = context as { student?: BenchStudent };
      ctx.student ??= students[nextStudent++ % students.length]!;
      const { path, body } = nextSave(ctx.student);
      return {
        ...req,
        path,
        body,
        headers: { ...jsonHeaders, cookie: ctx.student.cookie },
      };
    },
  };

  const baseline = await load({ url: `${next.baseUrl}/api/health`, connections: 50, durationSeconds: 10 });
  console.log(formatStats("baseline", baseline));

  const sendSave = (client: number) => {
    const s = students[client]!;
    const { path, body } = nextSave(s);
    return httpRequest(`${next.baseUrl}${path}`, {
      method: "PUT",
      headers: { ...jsonHeaders, cookie: s.cookie },
      body,
    });
  };
  // Unmeasured warm-up: the first requests load and compile the route, and V8 optimizes it over the first few
  // thousand; with 4 s the first measured phase still ran slower than a second one. The figures are steady state.
  await pacedLoad(students.length, 2000, WARM_UP_SECONDS, sendSave);
  const single: number[] = [];
  for (let i = 0; i < 100; i++) {
    const t0 = performance.now();
    await sendSave(i % students.length);
    single.push(performance.now() - t0);
  }
  console.log(formatStats("autosave_alone", summarize(single, 0, single.reduce((a, b) => a + b, 0) / 1000)));
  const { error_kinds: pacedErrorKinds, ...paced } = await pacedLoad(
    students.length,
    2000,
    SECONDS,
    sendSave,
  );
  console.log(formatStats("autosave_paced", paced));
  if (paced.errors > 0) console.log(`  paced errors by kind: ${JSON.stringify(pacedErrorKinds)}`);

  const saturated = await load({
    url: next.baseUrl,
    connections: 50,
    durationSeconds: 10,
    requests: [saveRequest],
  });
  console.log(formatStats("autosave_max", saturated));

  // Every student submits within one second.
  const started = Date.now();
  const outcomes = await Promise.all(
    students.map(async (s, i) => {
      await new Promise((r) => setTimeout(r, Math.floor((i * 1000) / students.length)));
      const t0 = performance.now();
      const res = await httpRequest(`${next.baseUrl}/api/attempts/${s.attemptId}/submit`, {
        method: "POST",
        headers: { ...jsonHeaders, cookie: s.cookie },
      }).catch(() => null);
      return { ms: performance.now() - t0, ok: res !== null && res.status < 400 };
    }),
  );
  const submit = summarize(
    outcomes.map((o) => o.ms),
    outcomes.filter((o) => !o.ok).length,
    (Date.now() - started) / 1000,
  );
  console.log(formatStats("submit", submit));

  const stored = await db.response.findMany({
    where: { attemptId: { in: students.map((s) => s.attemptId) } },
    select: { attemptId: true, questionId: true, version: true },
  });
  const held = new Map(stored.map((r) => [`${r.attemptId}:${r.questionId}`, r.version]));
  const answersStored = [...lastSent].filter(([k, v]) => held.get(k) === v).length;
  const submitted = await db.attempt.count({
    where: { id: { in: students.map((s) => s.attemptId) }, status: "submitted" },
  });
  console.log(
    `\nanswers: ${lastSent.size} sent (latest per question), ${answersStored} stored; ${submitted}/${students.length} attempts submitted`,
  );
  console.log(
    `saturated autosave at ${Math.round((saturated.rps / baseline.rps) * 100)}% of the bare ceiling (target ≥ 33%)`,
  );

  const report = {
    baseline,
    autosave_paced: paced,
    autosave_max: saturated,
    submit,
    students: students.length,
    answers_sent: lastSent.size,
    answers_stored: answersStored,
  };
  if (values.json) {
    writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`wrote ${values.json}`);
  }
} finally {
  await db.$disconnect();
  await next.stop();
  await server.stop();
}
process.exit(0);
