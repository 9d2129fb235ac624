import pg from "pg";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ClaimedViewer } from "../../lib/auth/viewer-types";
import { startFrozenPostgres, type FrozenPostgres } from "../support/frozen-postgres";

// The session is the student's token claim, as if their cookie came with the request; the database is real.
const claim = vi.hoisted(() => ({ current: null as ClaimedViewer | null }));
vi.mock("../../lib/auth/claimed-viewer", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../../lib/auth/claimed-viewer")>()),
  claimedViewerFrom: async () => claim.current,
}));

// Machines are noisy: a bound is checked with this much to spare, and the measured times are printed.
const SLACK_MS = 3000;

/** The app's modules, imported once DATABASE_URL names this test's own server (their pools read it at import). */
async function loadApp() {
  return {
    answers: await import("../../app/api/attempts/[attemptId]/answers/route"),
    submit: await import("../../app/api/attempts/[attemptId]/submit/route"),
    ready: await import("../../app/api/ready/route"),
    ErrorPage: (await import("../../app/error")).default,
    ...(await import("../../lib/db-pool-config")),
    ...(await import("../../lib/db-pool")),
    ...(await import("../../lib/db")),
    ...(await import("../../lib/database-outage")),
    ...(await import("../../lib/health/draining")),
    ...(await import("../../lib/attempts/mutations")),
    ...(await import("../../lib/attempts/opaque-ids")),
    ...(await import("../../lib/auth/session")),
    ...(await import("../../lib/classes/queries")),
    ...(await import("../../lib/assignments/queries")),
    ...(await import("../support/scenario")),
  };
}

let server: FrozenPostgres;
let app: Awaited<ReturnType<typeof loadApp>>;

beforeAll(async () => {
  server = await startFrozenPostgres();
  process.env.DATABASE_URL = server.url;
  // The pages' read bound would be 11 s by default; 5 s keeps this file quick and is checked the same way.
  process.env.DATABASE_STATEMENT_TIMEOUT_MS = "4000";
  app = await loadApp();
}, 120_000);

afterAll(async () => {
  server?.thaw();
  await Promise.all([app?.db.$disconnect(), app?.pool.end(), app?.quizPool.end()]);
  await server?.stop();
});

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await fn();
  return { value, ms: Math.round(performance.now() - start) };
}

/** The error a promise rejects with, or null when it resolves. */
async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (error: unknown) => error,
  );
}

/** A student's open attempt, and requests to the autosave and submit route handlers as the quiz sends them. */
async function quiz() {
  const world = await app.twoClassrooms(1);
  const student = world.students[0]!;
  const { id: attemptId } = await app.startAttempt(student, world.assignment.id);
  claim.current = { kind: "claim", id: student.id, role: "student", sessionVersion: 0 };
  const q = await app.db.assignmentQuestion.findFirstOrThrow({
    where: { assignmentId: world.assignment.id, question: { type: "single_choice" } },
    select: { question: { select: { id: true, choices: { select: { id: true }, take: 1 } } } },
  });
  const choiceId = app.sealChoiceId(attemptId, q.question.choices[0]!.id);
  const headers = { "content-type": "application/json", "sec-fetch-site": "same-origin" };
  const context = { params: Promise.resolve({ attemptId }) };
  const url = `http://localhost/api/attempts/${attemptId}`;
  const save = (version: number) =>
    app.answers.PUT(
      new Request(`${url}/answers`, {
        method: "PUT",
        headers,
        body: JSON.stringify({
          questionId: q.question.id,
          answer: { type: "single_choice", choiceId },
          version,
        }),
      }),
      context,
    );
  const submit = () => app.submit.POST(new Request(`${url}/submit`, { method: "POST", headers }), context);
  const storedVersion = async () =>
    (await app.db.response.findFirst({ where: { attemptId }, select: { version: true } }))?.version;
  return { ...world, student, attemptId, save, submit, storedVersion };
}

async function expectOutage(response: Response, label: string, ms: number, bound: number) {
  console.log(`${label}: ${response.status} after ${ms} ms (bound ${bound} ms)`);
  expect(response.status, label).toBe(503);
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe("unavailable");
  expect(body.error.message).toMatch(/cannot reach its database/);
  expect(ms, `${label} took ${ms} ms`).toBeLessThan(bound + SLACK_MS);
}

describe("a database outage during autosave and submit", () => {
  it("frozen PostgreSQL (SIGSTOP): saves and a submit answer 503 within the quiz's bound, and save again once it thaws", async () => {
    const { save, submit, storedVersion } = await quiz();
    // An idle connection now waits in the quiz pool: the first save below is a statement already on its way
    // to a server that stopped answering (before: 12 s, then a 500 "Query read timeout").
    expect((await save(1)).status).toBe(200);
    const { poolMs, readMs } = app.databaseBudget("quiz");
    const bound = poolMs + readMs;

    server.freeze();
    try {
      const during = await Promise.all([
        ...[2, 3, 4, 5].map((version) => timed(() => save(version))),
        timed(() => submit()),
      ]);
      for (const [i, { value, ms }] of during.entries()) {
        await expectOutage(value, i < 4 ? `frozen autosave ${i + 1}` : "frozen submit", ms, bound);
      }
    } finally {
      server.thaw();
    }
    expect((await save(6)).status, "recovers by itself").toBe(200);
    expect(await storedVersion()).toBe(6);
  }, 60_000);

  it("a save stuck behind a lock is cancelled at the quiz's statement_timeout (57014): 503", async () => {
    const { save, storedVersion } = await quiz();
    const locker = new pg.Client({ connectionString: server.url });
    await locker.connect();
    try {
      await locker.query('BEGIN; LOCK TABLE "Attempt" IN ACCESS EXCLUSIVE MODE');
      const { value, ms } = await timed(() => save(1));
      await expectOutage(value, "autosave behind a lock", ms, app.databaseBudget("quiz").statementMs);
    } finally {
      await locker.query("ROLLBACK");
      await locker.end();
    }
    expect((await save(2)).status).toBe(200);
    expect(await storedVersion()).toBe(2);
  }, 60_000);

  it("a save whose connection is terminated mid-statement (57P01) answers 503 at once", async () => {
    const { save } = await quiz();
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    try {
      await admin.query('BEGIN; LOCK TABLE "Attempt" IN ACCESS EXCLUSIVE MODE');
      const killer = new pg.Client({ connectionString: server.url });
      await killer.connect();
      const pending = timed(() => save(1));
      // Terminated while it waits for the lock, well before its statement_timeout.
      for (let terminated = 0; terminated === 0;) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        const { rowCount } = await killer.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
           WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
        );
        terminated = rowCount ?? 0;
      }
      await killer.end();
      const { value, ms } = await pending;
      await expectOutage(
        value,
        "autosave on a terminated connection",
        ms,
        app.databaseBudget("quiz").statementMs,
      );
    } finally {
      await admin.query("ROLLBACK");
      await admin.end();
    }
    expect((await save(2)).status).toBe(200);
  }, 60_000);

  it("stopped PostgreSQL (connections refused): 503 at once, and saves again once it is back", async () => {
    const { save } = await quiz();
    await server.down();
    try {
      const { value, ms } = await timed(() => save(1));
      await expectOutage(value, "autosave, server stopped", ms, app.databaseBudget("quiz").poolMs);
    } finally {
      await server.up();
    }
    expect((await save(2)).status).toBe(200);
  }, 60_000);
});

describe("a database outage while a page loads", () => {
  it("frozen PostgreSQL: a page's queries fail within the pages' bound, marked so the error page says it is an outage", async () => {
    const { teacher, student } = await quiz();
    const loads = () => [
      app.viewerFromToken({ uid: teacher.id, sv: 0 }), // the session check every page makes (pg pool)
      app.listTeacherClasses(teacher), // the teacher's class list (pg pool)
      app.listStudentAssignments(student), // the student's dashboard (Prisma)
    ];
    await Promise.all(loads()); // idle connections wait in both pools, as on a running server
    const { poolMs, readMs } = app.databaseBudget("pages");

    server.freeze();
    let failures: unknown[];
    try {
      const { value, ms } = await timed(() => Promise.all(loads().map(failureOf)));
      failures = value;
      console.log(`frozen page queries: failed after ${ms} ms (bound ${poolMs + readMs} ms)`);
      expect(ms).toBeLessThan(poolMs + readMs + SLACK_MS);
    } finally {
      server.thaw();
    }
    for (const failure of failures) {
      expect(failure, "every query failed as an outage").toMatchObject({
        digest: app.DATABASE_UNAVAILABLE_DIGEST,
      });
    }

    // What Next.js hands the error boundary in production: a bare Error keeping the digest the error had.
    const page = (digest: string) =>
      renderToStaticMarkup(
        createElement(app.ErrorPage, {
          error: Object.assign(new Error("An error occurred in the Server Components render."), { digest }),
          retry: () => {},
        }),
      );
    const outagePage = page(app.DATABASE_UNAVAILABLE_DIGEST);
    expect(outagePage).toContain("Lectern cannot reach its database");
    expect(outagePage).toContain("Your answers are kept on this device");
    expect(outagePage).toContain("Try again");
    expect(page("2338947562"), "any other error is still a bug").toContain("Something went wrong");

    await expect(Promise.all(loads()), "pages load again once it thaws").resolves.toHaveLength(3);
  }, 60_000);
});

describe("readiness for a load balancer (/api/ready)", () => {
  const readiness = async () => {
    const response = await app.ready.GET();
    return { status: response.status, body: (await response.json()) as unknown };
  };

  it("is ready while the database answers, not while it is stopped, and not once the server is draining", async () => {
    expect(await readiness()).toEqual({ status: 200, body: { ready: true } });
    await server.down();
    try {
      expect(await readiness()).toEqual({
        status: 503,
        body: { ready: false, reason: "The database is unavailable." },
      });
    } finally {
      await server.up();
    }
    expect(await readiness()).toEqual({ status: 200, body: { ready: true } });

    // What a SIGTERM does (instrumentation.ts): from then on the balancer is told to send nothing new here.
    app.startDraining();
    expect(await readiness()).toEqual({
      status: 503,
      body: { ready: false, reason: "This server is shutting down." },
    });
  }, 60_000);
});
