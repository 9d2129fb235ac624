import fc from "fast-check";
import { expect, test } from "@playwright/test";
import { bodyBytes } from "./support/arbitraries";
import { callEntry, prepare, type Call } from "./support/call-entry";
import { WriteWatch } from "./support/db-state";
import { cookieOf } from "./support/principals";
import { fuzzTargets } from "./support/fuzz-targets";
import { sessionCookie } from "./support/sessions";
import { world } from "./world";

/**
 * Property-based fuzzing of every server action's input and every JSON endpoint's body and id: hostile values
 * (wrong types, huge, empty, NUL, lone surrogates, deep nesting, extra fields) sent as the principal the policy
 * permits. Properties: never a 5xx, and a batch of refused inputs writes nothing. FUZZ_RUNS inputs per endpoint
 * (200 by default, `npm run test:fuzz` 1,000); FUZZ_SEED replays a run.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
/** Inputs sent at once: the server's two cores stay busy while each request waits on PostgreSQL. */
const AT_ONCE = 4;

/** A short, readable account of an input (huge values are cut). */
const show = (value: unknown) =>
  JSON.stringify(value, (_k, v: unknown) => (v instanceof FormData ? [...v.entries()] : v))?.slice(0, 300);

/** A fresh address from a test range per input, so no input is refused for an address limit other tests use. */
const address = () => `198.18.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}`;

let spareCookie: Promise<string> | undefined;

for (const target of fuzzTargets()) {
  test(`fuzz ${target.name}`, async () => {
    test.setTimeout(30_000 + RUNS * 1_000);
    const params = await prepare(target.example);
    const cookie = target.as
      ? await (spareCookie ??= sessionCookie(world().spare.fuzzStudent.login, world().password))
      : undefined;
    // Under a server action's 1 MB body limit: beyond it Next.js itself answers (transport.spec.ts).
    const inputs = target.inputs(params).filter((input) => !input.args || bodyBytes(input.args) < 1_000_000);
    const batch = target.oneAtATime ? 1 : AT_ONCE;
    const watch = await WriteWatch.start();
    const failures: string[] = [];
    const result = await fc.check(
      fc.asyncProperty(fc.array(inputs, { minLength: batch, maxLength: batch }), async (sent) => {
        // Signed in before the watch's mark (again after a call that ended the session): signing in records the
        // time, a write of its own.
        if (!cookie) await cookieOf(target.principal);
        await watch.changes();
        const calls: Call[] = await Promise.all(
          sent.map((input) =>
            callEntry(
              target.entry,
              target.example,
              target.principal,
              params,
              { ...input, headers: { "x-forwarded-for": address() } },
              cookie,
            ),
          ),
        );
        const written = await watch.changes();
        calls.forEach((call, i) => {
          if (call.observed === "error") failures.push(`${call.detail} for ${show(sent[i])}`);
        });
        if (calls.every((c) => c.observed !== "ok") && written.length > 0)
          failures.push(`refused inputs wrote ${written.join(", ")}: ${show(sent)}`);
        return failures.length === 0;
      }),
      { numRuns: Math.ceil(RUNS / batch), seed: SEED, endOnFailure: true },
    );
    expect(failures.slice(0, 5), `seed ${result.seed}, ${failures.length} failure(s)`).toEqual([]);
    // A property that threw (a request that failed on the client side, say) is a failure too.
    expect(result.failed, `seed ${result.seed}: ${String(result.errorInstance)}`).toBe(false);
  });
}
