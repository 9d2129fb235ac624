import { expect, test } from "@playwright/test";
import { entryKey, MANIFEST, type HandlerEntry } from "./manifest";
import { callEntry, prepare } from "./support/call-entry";
import { WriteWatch } from "./support/db-state";
import { APP_ORIGIN } from "./support/http";
import { actionIds, callAction, formData } from "./support/server-actions";
import { cookieOf } from "./support/principals";
import { PRINCIPALS } from "./world";

/**
 * Requests another site could make a browser send: the app's own state-changing JSON handlers answer 403 unless
 * the request is JSON from the app's own origin (next-auth's have their CSRF token), and a server action posted
 * from another origin does nothing. Each sent with a session the policy permits, so only the origin is wrong.
 */
const WRITING_HANDLERS = MANIFEST.filter(
  (e): e is HandlerEntry => e.kind === "handler" && e.method !== "GET" && !e.file.includes("[...nextauth]"),
);

const FOREIGN = "https://attacker.example";
const REQUESTS: { name: string; headers: Record<string, string> }[] = [
  { name: "JSON from another origin", headers: { "content-type": "application/json", origin: FOREIGN } },
  // A form or text/plain post needs no preflight: the classic cross-site request.
  { name: "text/plain from another origin", headers: { "content-type": "text/plain", origin: FOREIGN } },
  { name: "text/plain from the app's origin", headers: { "content-type": "text/plain", origin: APP_ORIGIN } },
  {
    name: "JSON with no Origin, cross-site",
    headers: { "content-type": "application/json", "sec-fetch-site": "cross-site" },
  },
  { name: "JSON with no Origin and no Sec-Fetch-Site", headers: { "content-type": "application/json" } },
];

test("the app's JSON handlers refuse requests another site could forge (403), writing nothing", async () => {
  expect(WRITING_HANDLERS.length).toBeGreaterThan(0);
  const watch = await WriteWatch.start();
  for (const entry of WRITING_HANDLERS) {
    const example = entry.examples[0]!;
    const principal = PRINCIPALS.find((p) => example.policy[p] === "ok")!;
    for (const { name, headers } of REQUESTS) {
      const params = await prepare(example);
      // Signed in before the watch's mark: signing in records the time, a write of its own.
      await cookieOf(principal);
      await watch.changes();
      const call = await callEntry(entry, example, principal, params, {
        headers: { origin: null, ...headers },
      });
      expect.soft(call.response.status, `${entryKey(entry)}, ${name}: ${call.detail}`).toBe(403);
      expect.soft(await watch.changes(), `${entryKey(entry)}, ${name}: tables written`).toEqual([]);
    }
  }
});

test("a server action posted from another origin does nothing", async () => {
  const id = actionIds(process.env.SECURITY_NEXT_DIR).get("lib/classes/actions.ts#createClassAction")!;
  const cookie = await cookieOf("ownerTeacher");
  const watch = await WriteWatch.start();
  const response = await callAction({
    id,
    page: "/teacher/classes",
    args: [null, formData({ name: "Forged class" })],
    cookie,
    headers: { origin: FOREIGN },
  });
  expect(response.reply, `HTTP ${response.status}`).not.toMatchObject({ kind: "value", value: { ok: true } });
  expect(await watch.changes()).toEqual([]);
});
