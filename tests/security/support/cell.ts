import { appendFileSync } from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";
import { entryKey, type Entry, type Expect } from "../manifest";
import type { Principal } from "../world";
import { callEntry, prepare, type Example } from "./call-entry";
import { WriteWatch } from "./db-state";
import { cookieOf } from "./principals";
import { satisfies } from "./outcome";

/** Every call the matrix and the replays make, one JSON line each; world.setup.ts starts it afresh each run. */
export const MATRIX_LOG = path.join(process.cwd(), "test-results", "security-matrix.jsonl");

const readOnly = (entry: Entry) =>
  entry.kind === "page" || (entry.kind === "handler" && entry.method === "GET");

let watch: Promise<WriteWatch> | undefined;

/**
 * One cell of the matrix: calls the example as the principal (or with `cookie`, a replayed one) and checks, as soft
 * assertions, the answer's class against `expected` and the writes: none when refused or for a page or GET, some
 * when a permitted call is marked `writes`. Logs the cell to test-results/security-matrix.jsonl.
 */
export async function checkCell(
  entry: Entry,
  example: Example,
  principal: Principal,
  expected: Expect,
  opts: { cookie?: string; label?: string } = {},
) {
  const params = await prepare(example);
  // Signed in before the watch's mark: signing in records the time (lastSignInAt), a write of its own.
  if (!opts.cookie) await cookieOf(principal);
  const writes = await (watch ??= WriteWatch.start());
  await writes.changes();
  const call = await callEntry(entry, example, principal, params, undefined, opts.cookie);
  const written = await writes.changes();
  const { observed, detail } = call;
  const who = opts.label ?? principal;
  appendFileSync(
    MATRIX_LOG,
    `${JSON.stringify({ entry: entryKey(entry), note: example.note, who, expected, observed, detail, written })}\n`,
  );
  // A void action's reply is the same whether it acted or refused: what it wrote tells them apart.
  const silent = call.reply?.kind === "void" && expected === "refused";
  expect
    .soft(silent || satisfies(expected, observed), `${who}: ${expected} expected, got ${observed}: ${detail}`)
    .toBe(true);
  if (expected !== "ok" || readOnly(entry)) expect.soft(written, `${who}: tables written`).toEqual([]);
  else if ("writes" in example && example.writes)
    expect.soft(written, `${who}: the permitted call wrote nothing`).not.toEqual([]);
  return call;
}
