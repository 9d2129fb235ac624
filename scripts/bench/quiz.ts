/**
 * npm run bench:quiz [-- --json <file>] [--students 200] [--seconds 20] [--cluster 2]
 *
 * Students answering and submitting over HTTP against the production build, on a database of its own.
 * Phases: bare GET /api/health (the ceiling), paced autosave (each student every 2 s), saturated autosave,
 * then every student submits within one second. Loopback only; every phase is bounded in time.
 * With --cluster N: N servers behind HAProxy (scripts/lib/cluster.ts); the sign-in limit is checked through the
 * balancer first, the first server is SIGKILLed halfway through the paced phase, and the students resend a save
 * that failed (as the browser's outbox does), so the others must take over without losing an acknowledged answer.
 */
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type autocannon from "autocannon";
import { freshDatabase, startScratchServer } from "../lib/fresh-database";
import { migrateDeploy } from "../lib/migrate";
import { load } from "./lib/load";
import { pacedLoad } from "./lib/paced";
import { signInOverHttp } from "./lib/http-session";
import { AnswerLedger } from "./lib/answer-ledger";
import { autosaveSequence } from "./lib/autosave";
import { startQuizTarget } from "./lib/quiz-target";
import { checkSignInLimit, type SignInLimitCheck } from "./lib/sign-in-limit";
import { formatStats, summarize } from "./lib/stats";
import { httpRequest, type HttpResult } from "./lib/http-client";
import { createBenchClass, type BenchStudent } from "./lib/quiz-fixture";

const { values } = parseArgs({
  options: {
    json: { type: "string" },
    students: { type: "string", default: "200" },
    seconds: { type: "string", default: "20" },
    cluster: { type: "string" },
  },
});
const CLUSTER = values.cluster === undefined ? undefined : Number(values.cluster);
if (CLUSTER !== undefined && (!Number.isInteger(CLUSTER) || CLUSTER < 2 || CLUSTER > 8)) {
  console.error("--cluster takes a whole number of servers from 2 to 8.");
  process.exit(2);
}
// A save is resent this many times after a network error or a 502/503 (cluster only: one server has no other).
const RESENDS = CLUSTER === undefined ? 0 : 4;
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
const { MAX_FAILED_SIGN_INS } = await import("../../lib/auth/rate-limit");
const next = await startQuizTarget(
  databaseUrl,
  Number(process.env.BENCH_PORT ?? 3200),
  CLUSTER,
  process.env.NEXTAUTH_SECRET,
);

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

  let signInLimit: SignInLimitCheck | undefined;
  if (CLUSTER !== undefined) {
    signInLimit = await checkSignInLimit(
      next.baseUrl,
      students[0]!.username,
      students[1]!.username,
      PASSWORD,
      MAX_FAILED_SIGN_INS,
    );
    console.log(`sign-in limit through the balancer: ${JSON.stringify(signInLimit)}\n`);
  }

  // What was sent and acknowledged per attempt and question: after the run, the database must hold at least the
  // newest acknowledged version of each.
  const ledger = new AnswerLedger();
  const nextVersion = autosaveSequence(fixture.questions, sealChoiceId);
  const nextSave = (s: BenchStudent) => {
    const { questionId, version, path, body } = nextVersion(s.attemptId);
    ledger.send(s.attemptId, questionId, version);
    return { path, body, ack: () => ledger.ack(s.attemptId, questionId, version) };
  };
  // The JSON endpoints take only same-origin JSON (lib/http/same-origin.ts), as the quiz page sends it.
  const jsonHeaders = { "content-type": "application/json", origin: next.baseUrl };
  let nextStudent = 0;
  type SaveContext = { student?: BenchStudent; ack?: () => void };
  const saveRequest: autocannon.Request = {
    method: "PUT",
    setupRequest: (req, context) => {
      // One student per connection: the context lives as long as the connection.
      const ctx = context as SaveContext;
      ctx.student ??= students[nextStudent++ % students.length]!;
      const { path, body, ack } = nextSave(ctx.student);
      ctx.ack = ack;
      return {
        ...req,
        path,
        body,
        headers: { ...jsonHeaders, cookie: ctx.student.cookie },
      };
    },
    onResponse: (status, _body, context) => {
      if (status < 300) (context as SaveContext).ack?.();
    },
  };

  const baseline = await load({ url: `${next.baseUrl}/api/health`, connections: 50, durationSeconds: 10 });
  console.log(formatStats("baseline", baseline));

  // Saves a server never answered (killed, or refusing while it stops) are resent, the same version, as the
  // outbox does; counted by kind so the run says what failed.
  const resent: Record<string, number> = {};
  let killedAt: number | undefined;
  const afterKill = { saved: 0, by: {} as Record<string, number> };
  const sendSave = async (client: number): Promise<HttpResult> => {
    const s = students[client]!;
    const { path, body, ack } = nextSave(s);
    for (let attempt = 0; ; attempt++) {
      const res = await httpRequest(`${next.baseUrl}${path}`, {
        method: "PUT",
        headers: { ...jsonHeaders, cookie: s.cookie },
        body,
      }).catch((error: NodeJS.ErrnoException) => ({ status: 0, code: error.code ?? "network error" }));
      const failed = res.status === 0 || res.status === 502 || res.status === 503;
      if (!failed || attempt >= RESENDS) {
        if (res.status === 0)
          throw Object.assign(new Error("no answer"), { code: "code" in res ? res.code : "" });
        if (res.status < 300) {
          ack();
          if (killedAt !== undefined) {
            afterKill.saved++;
            const by = ("servedBy" in res && res.servedBy) || "?";
            afterKill.by[by] = (afterKill.by[by] ?? 0) + 1;
          }
        }
        return res;
      }
      // A 503 from HAProxy itself (no server in rotation) names no server; one from an app server does.
      const from = "servedBy" in res ? (res.servedBy ?? "balancer") : "";
      const kind = res.status === 0 && "code" in res ? res.code : `HTTP ${res.status} ${from}`;
      resent[kind] = (resent[kind] ?? 0) + 1;
      await new Promise((r) => setTimeout(r, 250 * (attempt + 1)));
    }
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
  const killer =
    next.killOne &&
    setTimeout(
      () => {
        killedAt = Date.now();
        next.killOne!();
        console.log("  SIGKILL sent to server 1");
      },
      (SECONDS * 1000) / 2,
    );
  const { error_kinds: pacedErrorKinds, ...paced } = await pacedLoad(
    students.length,
    2000,
    SECONDS,
    sendSave,
  );
  clearTimeout(killer);
  console.log(formatStats("autosave_paced", paced));
  if (Object.keys(resent).length > 0) console.log(`  saves resent, by kind: ${JSON.stringify(resent)}`);
  if (killedAt !== undefined)
    console.log(
      `  after the kill: ${afterKill.saved} saves acknowledged, by server ${JSON.stringify(afterKill.by)}`,
    );
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
  const answers = ledger.compare(stored);
  const submitted = await db.attempt.count({
    where: { id: { in: students.map((s) => s.attemptId) }, status: "submitted" },
  });
  console.log(
    `\nanswers: ${answers.answers_sent} questions answered, ${answers.answers_acknowledged} acknowledged, ` +
      `${answers.answers_stored} of those stored (${answers.acknowledged_lost} lost); ` +
      `${submitted}/${students.length} attempts submitted`,
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
    ...answers,
    servers: next.servers,
    killed_server: killedAt !== undefined,
    saves_resent: resent,
    saves_after_kill: killedAt === undefined ? undefined : afterKill,
    signin_limit: signInLimit,
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
