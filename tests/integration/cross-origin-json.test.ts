import { readdirSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "../../lib/db";
import { startAttempt } from "../../lib/attempts/mutations";
import type { ClaimedViewer } from "../../lib/auth/viewer-types";
import { databaseFingerprint } from "../support/db-state";
import { twoClassrooms } from "../support/scenario";

// The session is the student's claim, as if their cookie came with the request: a forged request carries it too.
const claim = vi.hoisted(() => ({ current: null as ClaimedViewer | null }));
vi.mock("../../lib/auth/claimed-viewer", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../../lib/auth/claimed-viewer")>()),
  claimedViewerFrom: async () => claim.current,
}));

const APP = "https://lectern.school.test";
const API = path.resolve(import.meta.dirname, "../../app/api");
const STATE_CHANGING = ["POST", "PUT", "PATCH", "DELETE"] as const;
type RouteHandler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

/** Every route file under app/api except next-auth's, which guards its posts with its own CSRF token. */
function routeFiles(): string[] {
  return readdirSync(API, { recursive: true, encoding: "utf8" })
    .filter((f) => path.basename(f) === "route.ts" && !f.includes("[...nextauth]"))
    .map((f) => path.join(API, f));
}

function post(url: string, method: string, headers: Record<string, string>, body = "{}") {
  return new Request(`${APP}${url}`, { method, headers, body });
}
const call = <P>(handler: RouteHandler<P>, request: Request, params: P) =>
  handler(request, { params: Promise.resolve(params) });

beforeEach(() => vi.stubEnv("NEXTAUTH_URL", APP));
afterEach(() => {
  vi.unstubAllEnvs();
  claim.current = null;
});

describe("state-changing JSON endpoints", () => {
  it("refuse, with 403 and a JSON reason, every cross-origin or non-JSON request to every route handler", async () => {
    const checked: string[] = [];
    for (const file of routeFiles()) {
      const mod = (await import(file)) as Partial<Record<string, RouteHandler<{ attemptId: string }>>>;
      for (const method of STATE_CHANGING) {
        const handler = mod[method];
        if (!handler) continue;
        checked.push(`${method} ${path.relative(API, file)}`);
        for (const headers of <Record<string, string>[]>[
          { "content-type": "text/plain", origin: "https://evil.test" },
          { "content-type": "text/plain", origin: APP },
          { "content-type": "application/json", origin: "https://evil.test" },
          { "content-type": "application/json" },
        ]) {
          const response = await call(handler, post("/api/x", method, headers), { attemptId: "x" });
          expect(response.status, `${method} ${file} ${JSON.stringify(headers)}`).toBe(403);
          expect(((await response.json()) as { error: { code: string } }).error.code).toBe("forbidden");
        }
      }
    }
    // The autosave and submit endpoints at least: a new state-changing handler is found by the walk above.
    expect(checked).toEqual(
      expect.arrayContaining([
        "PUT attempts/[attemptId]/answers/route.ts",
        "POST attempts/[attemptId]/submit/route.ts",
      ]),
    );
  });

  it("do not submit a student's attempt from another site (the probe's request), and do from the app", async () => {
    const { POST } = await import("../../app/api/attempts/[attemptId]/submit/route");
    const world = await twoClassrooms(1);
    const student = world.students[0]!;
    const { id: attemptId } = await startAttempt(student, world.assignment.id);
    claim.current = { kind: "claim", id: student.id, role: "student", sessionVersion: 0 };
    const url = `/api/attempts/${attemptId}/submit`;

    const before = await databaseFingerprint();
    const forged = await call(
      POST,
      post(url, "POST", { "content-type": "text/plain", origin: "https://evil.test" }, ""),
      { attemptId },
    );
    expect(forged.status).toBe(403);
    expect(await forged.json()).toEqual({
      error: { code: "forbidden", message: "This endpoint accepts only Content-Type: application/json." },
    });
    expect(await databaseFingerprint()).toEqual(before);

    const fromApp = await call(
      POST,
      post(url, "POST", { "content-type": "application/json", origin: APP }, ""),
      { attemptId },
    );
    expect(fromApp.status).toBe(200);
    expect((await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).status).toBe("submitted");
  });
});
