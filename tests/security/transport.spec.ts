import { expect, test } from "@playwright/test";
import { entryKey, MANIFEST, type ActionEntry } from "./manifest";
import { actionId } from "./support/call-entry";
import { WriteWatch } from "./support/db-state";
import { send } from "./support/http";
import { cookieOf } from "./support/principals";
import { callAction, formData, type ActionArg } from "./support/server-actions";
import { PRINCIPALS, world } from "./world";

/**
 * Requests malformed below the level of an input's values, which only a hand-made client sends: none may answer
 * 5xx, and none may write. (fuzz.spec.ts keeps its inputs inside these bounds, so its properties test the app's
 * own parsing; these are the bounds.)
 */
const ACTIONS = MANIFEST.filter((e): e is ActionEntry => e.kind === "action");

/** Calls the actions as their first permitted principal with `request`, expecting no 5xx and no write. */
async function actionsRefuse(
  what: string,
  request: { args?: ActionArg[]; rawBody?: string | FormData },
  actions: ActionEntry[] = ACTIONS,
) {
  const watch = await WriteWatch.start();
  for (const entry of actions) {
    const example = entry.examples[0]!;
    // An action no principal of the world may complete (choosing one's own password needs an account that must
    // change it) is called by a signed-in one: its code still reads the arguments before it refuses.
    const principal =
      PRINCIPALS.find((p) => example.policy[p] === "ok") ?? PRINCIPALS.find((p) => p !== "anonymous")!;
    // Signed in before the watch's mark: signing in records the time, a write of its own.
    const cookie = await cookieOf(principal);
    await watch.changes();
    const response = await callAction({ id: actionId(entry), page: "/", args: [], ...request, cookie });
    const failed = response.status >= 500 || response.reply.kind === "error";
    expect
      .soft(failed, `${entryKey(entry)}, ${what}: HTTP ${response.status} ${JSON.stringify(response.reply)}`)
      .toBe(false);
    expect.soft(await watch.changes(), `${entryKey(entry)}, ${what}: tables written`).toEqual([]);
  }
}

test("actions given arguments of the wrong shape refuse them", async () => {
  for (const args of [[], ["text"], [null, "text"], [null, { name: "x" }], [null, null]] as ActionArg[][])
    await actionsRefuse(`arguments ${JSON.stringify(args)}`, { args });
  await actionsRefuse("the body {}", { rawBody: "{}" });
});

// Found by this suite: Next.js itself answered 500 to an action request whose body it cannot read, before any of
// the app's code runs: text that is not its reply encoding, a body over its 1 MB limit, JSON nested 10,000 deep,
// a multipart part whose name holds NUL. proxy.ts now refuses them first (lib/http/unreadable-request.ts).
test("actions refuse bodies Next.js cannot read", async () => {
  // Next.js reads the body before it finds the action: a few actions stand for all.
  const some = ACTIONS.slice(0, 3);
  for (const rawBody of ["not the reply encoding", "[", '"a string"'])
    await actionsRefuse(`the body ${rawBody}`, { rawBody }, some);
  await actionsRefuse("a 1.2 MB field", { args: [null, formData({ text: "x".repeat(1_200_000) })] }, some);
  await actionsRefuse("10,000-deep JSON", { rawBody: `${"[".repeat(10_000)}${"]".repeat(10_000)}` }, some);
  for (const name of ["a\u0000b", "a\r\nb"]) {
    const body = new FormData();
    body.append(name, "x");
    body.append("0", "[null]");
    await actionsRefuse(`a field named ${JSON.stringify(name)}`, { rawBody: body }, some);
  }
});

// Found by this suite: a dynamic segment whose percent-encoding is not UTF-8 (a lone surrogate's bytes, %FF) made
// Next.js answer 500 before any of the app's code runs; proxy.ts answers 400.
test("pages and handlers refuse a malformed percent-encoded id", async () => {
  const { ownerClass, assignment } = world();
  const owner = await cookieOf("ownerTeacher");
  const student = await cookieOf("enrolledStudent");
  for (const bad of ["%ED%A0%80", "%FF", "%E2%82"]) {
    const requests = [
      { path: `/teacher/classes/${bad}`, cookie: owner },
      { path: `/teacher/classes/${ownerClass.id}/students/${bad}`, cookie: owner },
      { path: `/api/assignments/${bad}/progress`, cookie: owner },
      { method: "PUT", path: `/api/attempts/${bad}/answers`, cookie: student, body: "{}" },
      { path: `/student/assignments/${bad}`, cookie: student },
      { path: `/student/attempts/${assignment.submittedAttempt}${bad}`, cookie: student },
    ];
    for (const request of requests) {
      const response = await send({ ...request, headers: { "content-type": "application/json" } });
      expect.soft(response.status, `${request.method ?? "GET"} ${request.path}`).toBeLessThan(500);
    }
  }
});
