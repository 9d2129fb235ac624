/**
 * npm run bench:reading [-- --json <file>] [--seconds 10]
 *
 * The reading lookup (POST /api/reading/lookup) over real HTTP against the production build on a fresh database
 * with the demo school: a signed-in student looks up the words of the shipped passage in their sentences with 50
 * concurrent connections, after an unmeasured warm-up that also looks up 5,000 other words, so WordNet's sense
 * cache is as full as a busy day makes it. Prints and writes `{ "lookup": { "p95_ms", "rps", "errors" } }` with
 * the server process's resident memory before the first lookup and after the run (the dictionary stays on the
 * server, read by offset; issue 20 allows it 50 MB), beside a bare GET /api/health at the same concurrency in the
 * same run (`baseline`), the machine's ceiling at that moment. Loopback only; every phase is bounded in time.
 * Then, in a process of its own, what the dictionary itself keeps (lib/dictionary-memory.ts): a server's resident
 * size under load is mostly HTTP's buffers and garbage, so it cannot tell the dictionary's share.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import words from "an-array-of-english-words" with { type: "json" };
import { startDemoApp } from "./lib/demo-app";
import { signInOverHttp } from "./lib/http-session";
import { load } from "./lib/load";
import { formatStats } from "./lib/stats";

const { values } = parseArgs({
  options: { json: { type: "string" }, seconds: { type: "string", default: "10" } },
});
const CONNECTIONS = 50;
const TARGET_P95_MS = 50;
const WARM_UP_SECONDS = 5;
const CACHE_WORDS = 5000;

/** The resident memory in MB of the process listening on `port` (the `next start` server), from /proc. */
function serverRssMb(port: number): number {
  const out = execFileSync("ss", ["-ltnpH", `sport = :${port}`], { encoding: "utf8" });
  const pid = /pid=(\d+)/.exec(out)?.[1];
  if (!pid) throw new Error(`No process listens on port ${port}`);
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]);
  return Math.round(kb / 102.4) / 10;
}

/** Each word of the shipped passages with its sentence, as a reader's double-click sends them. */
function passageLookups(): { word: string; sentence: string }[] {
  const out: { word: string; sentence: string }[] = [];
  for (const file of readdirSync("prisma/content").filter((f) => f.endsWith(".txt"))) {
    for (const sentence of readFileSync(`prisma/content/${file}`, "utf8").split(/(?<=[.!?])\s+/)) {
      for (const word of sentence.match(/\p{L}+(?:['-]\p{L}+)*/gu) ?? []) out.push({ word, sentence });
    }
  }
  return out;
}

const port = Number(process.env.BENCH_PORT ?? 3210);
const app = await startDemoApp("bench_reading", port);
try {
  const { DEMO_PASSWORD, DEMO_STUDENTS } = await import("../../lib/seed/demo-accounts");
  const cookie = await signInOverHttp(app.baseUrl, DEMO_STUDENTS[0]!.username, DEMO_PASSWORD);
  const url = `${app.baseUrl}/api/reading/lookup`;
  const headers = { cookie, origin: app.baseUrl, "content-type": "application/json" };
  const request = (l: { word: string; sentence: string }) => ({
    method: "POST" as const,
    body: JSON.stringify({ assignmentId: app.demo.assignmentId, ...l }),
  });
  const memoryBefore = serverRssMb(port);

  const check = await fetch(url, { ...request({ word: "river", sentence: "" }), headers });
  const body = (await check.json()) as { status?: string };
  if (check.status !== 200 || body.status !== "found")
    throw new Error(`A lookup answered ${check.status}: ${JSON.stringify(body)}`);

  // Unmeasured: routes compile and V8 warms up; 5,000 dictionary words fill the sense cache.
  const stride = Math.floor(words.length / CACHE_WORDS);
  const cacheFill = Array.from({ length: CACHE_WORDS }, (_, i) =>
    request({ word: words[i * stride]!, sentence: "" }),
  );
  await load({
    url,
    connections: CONNECTIONS,
    durationSeconds: WARM_UP_SECONDS,
    requests: cacheFill,
    headers,
  });

  // The ceiling of this machine at this moment: a bare route with no database, at the same concurrency.
  const baseline = await load({
    url: `${app.baseUrl}/api/health`,
    connections: CONNECTIONS,
    durationSeconds: 5,
  });

  const lookups = passageLookups().map(request);
  const stats = await load({
    url,
    connections: CONNECTIONS,
    durationSeconds: Number(values.seconds),
    requests: lookups,
    headers,
  });
  const memoryAfter = serverRssMb(port);
  const [load1] = loadavg();
  const dictionary = JSON.parse(
    execFileSync(
      process.execPath,
      [
        "--expose-gc",
        "--import",
        "tsx",
        "--conditions=react-server",
        "scripts/bench/lib/dictionary-memory.ts",
      ],
      { encoding: "utf8" },
    ),
  ) as { words: number; before_mb: number; after_mb: number; growth_mb: number; ms_per_lookup: number };
  const result = {
    lookup: { p95_ms: stats.p95_ms, rps: stats.rps, errors: stats.errors },
    baseline: { p95_ms: baseline.p95_ms, rps: baseline.rps, errors: baseline.errors },
    server_memory_mb: {
      before: memoryBefore,
      after: memoryAfter,
      growth: Math.round((memoryAfter - memoryBefore) * 10) / 10,
    },
    dictionary_memory_mb: dictionary,
    connections: CONNECTIONS,
    load_average: Math.round(load1! * 10) / 10,
  };
  console.log(formatStats("baseline (GET /api/health)", baseline));
  console.log(formatStats("lookup", stats));
  console.log(
    `server memory: ${memoryBefore} MB before the first lookup, ${memoryAfter} MB after (${result.server_memory_mb.growth} MB); load average ${result.load_average}`,
  );
  console.log(
    `dictionary kept in memory: ${dictionary.growth_mb} MB after ${dictionary.words} distinct lookups (heap and buffers after a collection; issue 20 allows 50 MB), ${dictionary.ms_per_lookup} ms of CPU each`,
  );
  console.log(`target p95 < ${TARGET_P95_MS} ms: ${stats.p95_ms < TARGET_P95_MS ? "met" : "NOT met"}`);
  console.log(JSON.stringify(result, null, 2));
  if (values.json) writeFileSync(values.json, `${JSON.stringify(result, null, 2)}\n`);
} finally {
  await app.stopAll();
}
