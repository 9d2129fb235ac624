import fc from "fast-check";
import { entryKey, MANIFEST, type Entry, type Params } from "../manifest";
import { PRINCIPALS, world, type Principal } from "../world";
import { deepJsonText, mutatedForm, mutatedJson, nastyJson, nastyString } from "./arbitraries";
import type { Example, Override } from "./call-entry";
import type { ActionArg } from "./server-actions";

/** One endpoint to fuzz: whose session sends the inputs, and how an input is made from the valid one. */
export type FuzzTarget = {
  name: string;
  entry: Entry;
  example: Example;
  principal: Principal;
  /** Another account's session instead of the principal's (see SPARE_SESSION). */
  as?: "fuzzStudent";
  inputs: (params: Params) => fc.Arbitrary<Override>;
  /** Inputs one at a time: valid ones at once would meet a known race (races.spec.ts) rather than the parser. */
  oneAtATime?: boolean;
};

const ONE_AT_A_TIME = new Set(["lib/import/actions.ts#createDraftLessonsAction"]);

/**
 * Actions that count or end something of the caller's: a spare student's session sends their inputs, so the
 * principals' join-code budgets and sessions stay as the other tests expect.
 */
const SPARE_SESSION = new Set([
  "lib/classes/actions.ts#joinClassAction",
  "lib/accounts/actions.ts#changePasswordAction",
]);

/** The principal the fuzzer calls as: the first the policy permits, so inputs get past authorization. */
const permitted = (example: Example) => PRINCIPALS.find((p) => example.policy[p] === "ok") ?? "anonymous";

/** A path segment as a browser sends it: lone surrogates become U+FFFD (transport.spec.ts sends malformed ones). */
const segment = (text: string) => encodeURIComponent(text.toWellFormed());

function actionInputs(example: Extract<Entry, { kind: "action" }>["examples"][number], principal: Principal) {
  return (params: Params) => {
    const args = example.args({ world: world(), params, principal });
    const at = args.findIndex((a) => a instanceof FormData);
    if (at < 0) return mutatedJson(args).map((mutated) => ({ args: mutated as ActionArg[] }));
    const fields = [...(args[at] as FormData).entries()].map(([k, v]) => [k, String(v)] as [string, string]);
    // The fields changed, and the state argument before them (a form action ignores it) anything at all.
    return fc.tuple(mutatedForm(fields), fc.option(nastyJson, { freq: 4 })).map(([mutated, previous]) => {
      const form = new FormData();
      for (const [k, v] of mutated) form.append(k, v);
      return {
        args: args.map((a, i) => (i === at ? form : i === at - 1 && previous !== null ? previous : a)),
      };
    });
  };
}

export function fuzzTargets(): FuzzTarget[] {
  const targets: FuzzTarget[] = [];
  for (const entry of MANIFEST) {
    const example = entry.examples[0]!;
    const principal = permitted(example);
    const name = entryKey(entry);
    if (entry.kind === "action") {
      const ex = entry.examples[0]!;
      targets.push({
        name,
        entry,
        example,
        principal,
        as: SPARE_SESSION.has(name) ? "fuzzStudent" : undefined,
        oneAtATime: ONE_AT_A_TIME.has(name),
        inputs: actionInputs(ex, principal),
      });
    }
    if (
      entry.kind !== "handler" ||
      !entry.file.startsWith("app/api/") ||
      entry.file.includes("[...nextauth]")
    )
      continue;
    const ex = entry.examples[0]!;
    const ctx = (params: Params) => ({ world: world(), params, principal });
    if (ex.body) {
      const body = ex.body;
      targets.push({
        name: `${name} (body)`,
        entry,
        example,
        principal,
        inputs: (params) =>
          fc.oneof(
            { weight: 9, arbitrary: mutatedJson(body(ctx(params)) as ActionArg).map((b) => ({ body: b })) },
            { weight: 1, arbitrary: deepJsonText.map((rawBody) => ({ rawBody })) },
          ),
      });
    }
    if (/\[\w+\]/.test(entry.file)) {
      targets.push({
        name: `${name} (path)`,
        entry,
        example,
        principal,
        inputs: (params) =>
          nastyString
            .map(segment)
            // Node.js refuses a request line over 16 KB (431), or drops the connection while a longer one is sent.
            .filter((id) => id.length <= 10_000)
            .map((id) => {
              const parts = ex.path(ctx(params)).split("/");
              parts[3] = id;
              return { path: parts.join("/") };
            }),
      });
    }
  }
  return targets;
}
