import fc from "fast-check";
import { encodeReply, type ActionArg } from "./server-actions";

/**
 * Hostile values for an endpoint's input: what a form field or JSON member may hold when someone other than the
 * app's own page sends it. Inputs stay under the transport's limits (transport.spec.ts tests beyond them): a whole
 * server action body under 1 MB (fuzz.spec.ts filters on that), and field names short, as multipart headers are.
 */
const LONE_SURROGATES = ["\uD800", "\uDBFF", "\uDC00", "\uDFFF", "a\uD83D", "\uDE00b", "x\uD800\uD800y"];

// Up to 400 KB in UTF-8 whatever the unit (a lone surrogate is sent as U+FFFD: 3 bytes).
const huge = fc
  .constantFrom(10_000, 100_000, 400_000)
  .chain((bytes) =>
    fc
      .constantFrom<[string, number]>(["x", 1], ["é", 2], ["😀", 4], [" ", 1], ["\u0000", 1], ["\uD800", 3])
      .map(([unit, size]) => unit.repeat(Math.floor(bytes / size))),
  );

const tricky = fc.constantFrom(
  "",
  " ",
  "\t\n",
  "\u0000",
  "a\u0000b",
  "0",
  "-1",
  "0x10",
  "1e309",
  "NaN",
  "Infinity",
  "9".repeat(400),
  "1.5",
  " 7 ",
  "true",
  "null",
  "undefined",
  "[]",
  "{}",
  '{"__proto__":{"admin":true}}',
  "$K1",
  "$@1",
  "$undefined",
  "$$",
  "__proto__",
  "constructor",
  "../../etc/passwd",
  "' OR 1=1 --",
  "<script>alert(1)</script>",
  "0000-00-00T00:00",
  "2035-02-31T10:00",
  "\u202Eevil",
  "ａｄｍｉｎ",
  "[".repeat(5000),
);

export const nastyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: tricky },
  { weight: 2, arbitrary: fc.constantFrom(...LONE_SURROGATES) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: huge },
);

/**
 * JSON nested `depth` levels deep, in arrays or objects: as deep as a JavaScript client can serialize (deeper text
 * goes in as a raw body: deepJsonText).
 */
const deep = fc.tuple(fc.constantFrom(100, 1_000), fc.boolean()).map(([depth, arrays]) => {
  let value: unknown = "bottom";
  for (let i = 0; i < depth; i++) value = arrays ? [value] : { a: value };
  return value as ActionArg;
});

export const nastyJson: fc.Arbitrary<ActionArg> = fc.oneof(
  { weight: 3, arbitrary: nastyString },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<ActionArg> },
  {
    weight: 1,
    arbitrary: fc.constantFrom<ActionArg>(null, true, false, 0, -1, 1e308, 2 ** 53 + 1, 0.5, [], {}),
  },
  { weight: 1, arbitrary: deep },
  { weight: 1, arbitrary: fc.constantFrom(1_000, 100_000).map((n) => Array(n).fill("x") as ActionArg) },
);

/** JSON text nested deeper than JSON.stringify goes, for raw request bodies. */
export const deepJsonText = fc
  .tuple(fc.constantFrom(10_000, 100_000), fc.constantFrom(["[", "]"], ['{"a":', "}"]))
  .map(([depth, [open, close]]) => `${open!.repeat(depth)}1${close!.repeat(depth)}`);

type Fields = [string, string][];

/** A multipart field name a part header can carry (transport.spec.ts sends the others). */
const headerSafe = (name: string) => name.length < 100 && !/[\u0000\r\n]/.test(name);

/** One change to a form's fields: a value replaced, a field dropped or doubled, a field added. */
export function mutatedForm(valid: Fields): fc.Arbitrary<Fields> {
  const names = valid.map(([name]) => name);
  const index = fc.nat({ max: Math.max(0, valid.length - 1) });
  // Mostly changes that make the form invalid; a few that keep it valid (an extra or doubled field), whose
  // successes write and re-render pages, and cost the most.
  return fc.oneof(
    {
      weight: 4,
      arbitrary: fc
        .tuple(index, nastyString)
        .map(([i, v]) => valid.map(([n, old], j) => [n, j === i ? v : old] as [string, string])),
    },
    {
      weight: 2,
      arbitrary: fc
        .array(nastyString, { minLength: valid.length, maxLength: valid.length })
        .map((values) => valid.map(([n], j) => [n, values[j]!] as [string, string])),
    },
    { weight: 1, arbitrary: index.map((i) => valid.filter((_, j) => j !== i)) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(index, nastyString)
        .map(([i, v]) => [...valid, [valid[i]?.[0] ?? "x", v] as [string, string]]),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc
            .oneof(tricky, fc.string({ maxLength: 40 }), fc.constantFrom(...names, "$ACTION_ID_x"))
            .filter(headerSafe),
          nastyString,
        )
        .map(([n, v]) => [...valid, [n, v] as [string, string]]),
    },
  );
}

/**
 * A JSON value with one part replaced (any member or item), removed, or an extra member added. The root stays what
 * it is (an action's argument list stays a list: replacing it is transport.spec.ts's business).
 */
export function mutatedJson(valid: ActionArg): fc.Arbitrary<ActionArg> {
  const paths: (string | number)[][] = [];
  const walk = (value: ActionArg, at: (string | number)[]) => {
    paths.push(at);
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...at, i]));
    else if (value && typeof value === "object" && !(value instanceof FormData))
      for (const [k, v] of Object.entries(value)) walk(v, [...at, k]);
  };
  walk(valid, []);
  paths.shift();
  if (paths.length === 0) return nastyJson;
  return fc
    .tuple(
      fc.constantFrom(...paths),
      fc.oneof(
        { weight: 4, arbitrary: fc.constant("replace") },
        { weight: 1, arbitrary: fc.constant("remove") },
        { weight: 1, arbitrary: fc.constant("extra") },
      ),
      nastyJson,
      nastyString,
    )
    .map(([path, how, value, key]) => edit(valid, path, how, value, key));
}

function edit(
  valid: ActionArg,
  path: (string | number)[],
  how: string,
  value: ActionArg,
  key: string,
): ActionArg {
  if (path.length === 0) return how === "replace" ? value : valid;
  const copy = structuredClone(valid) as Record<string | number, ActionArg>;
  let parent = copy;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, ActionArg>;
  const last = path[path.length - 1]!;
  if (how === "replace") parent[last] = value;
  else if (how === "remove") delete parent[last];
  else if (parent && typeof parent === "object" && !Array.isArray(parent)) parent[key] = value;
  else parent[last] = value;
  return copy as ActionArg;
}

/** What a server action's request body weighs: the reply encoding's text, or the form's fields. */
export function bodyBytes(args: ActionArg[]): number {
  const body = encodeReply(args);
  if (typeof body === "string") return Buffer.byteLength(body);
  let bytes = 0;
  for (const [name, value] of body.entries())
    bytes += Buffer.byteLength(name) + Buffer.byteLength(String(value));
  return bytes;
}
