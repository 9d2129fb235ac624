import { readFileSync } from "node:fs";
import path from "node:path";
import { APP_ORIGIN, send, type HttpResponse } from "./http";

/**
 * Server actions over HTTP, as the browser's React client calls them: a POST to a page that uses the action, with
 * the `Next-Action` header naming its id and the arguments in React's reply encoding.
 */

type ReferenceManifest = { node: Record<string, { filename?: string; exportedName?: string }> };

/** `lib/classes/actions.ts#createClassAction` → its id in this build. */
export function actionIds(nextDir = path.join(process.cwd(), ".next")): Map<string, string> {
  const file = path.join(nextDir, "server", "server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as ReferenceManifest;
  const ids = new Map<string, string>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    ids.set(entry.filename && entry.exportedName ? `${entry.filename}#${entry.exportedName}` : id, id);
  }
  return ids;
}

/** A value React's client can send: JSON, `undefined`, and FormData (a form action's argument). */
export type ActionArg = null | undefined | boolean | number | string | FormData | ActionArg[] | ActionObject;
export type ActionObject = { [key: string]: ActionArg };

/**
 * React's encodeReply, for the values above: strings starting with "$" are escaped as "$$", `undefined` is
 * "$undefined", and each FormData travels as its own fields prefixed "_<n>_", referenced from the root as "$K<n>".
 * With no FormData the body is the JSON text alone, sent as text/plain.
 */
export function encodeReply(args: ActionArg[]): string | FormData {
  const parts: [string, FormDataEntryValue][] = [];
  let nextPart = 1;
  // A replacer rather than a recursive copy: fuzzed arguments nest 10,000 deep, which JSON.stringify handles.
  const root = JSON.stringify(args, (_key, value: unknown) => {
    if (value === undefined) return "$undefined";
    if (typeof value === "string") return value.startsWith("$") ? `$${value}` : value;
    if (typeof value === "number" && !Number.isFinite(value))
      return Number.isNaN(value) ? "$NaN" : value > 0 ? "$Infinity" : "$-Infinity";
    if (value instanceof FormData) {
      const id = nextPart++;
      for (const [key, entry] of value.entries()) parts.push([`_${id}_${key}`, entry]);
      return `$K${id.toString(16)}`;
    }
    return value;
  });
  if (parts.length === 0) return root;
  const body = new FormData();
  for (const [key, entry] of parts) body.append(key, entry);
  body.append("0", root);
  return body;
}

export function formData(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) data.append(key, v);
  }
  return data;
}

/** What the action's reply says: its return value, nothing (a void action), a thrown error, or a redirect. */
export type ActionReply =
  | { kind: "value"; value: unknown }
  | { kind: "void" }
  /** notFound(), forbidden() or unauthorized() in the action: the status it stands for. */
  | { kind: "status"; status: number }
  /** Anything else the action threw: the framework's 500 (the reply itself may say 200, as it streams). */
  | { kind: "error"; digest: string }
  | { kind: "redirect"; to: string }
  | { kind: "unreadable" };

export type ActionResponse = HttpResponse & { reply: ActionReply };

/** The Flight rows of a reply (`<hex id>:<payload>` per line; text rows are skipped). */
function flightRows(body: string): Map<string, string> {
  const rows = new Map<string, string>();
  for (const line of body.split("\n")) {
    const match = /^([0-9a-f]+):(.*)$/.exec(line);
    if (match) rows.set(match[1]!, match[2]!);
  }
  return rows;
}

export function readReply(response: HttpResponse): ActionReply {
  const redirect = response.headers.get("x-action-redirect");
  if (redirect) return { kind: "redirect", to: redirect.split(";")[0]! };
  if (!response.headers.get("content-type")?.includes("text/x-component")) return { kind: "unreadable" };
  const rows = flightRows(response.body);
  try {
    const root = JSON.parse(rows.get("0") ?? "null") as { a?: string } | null;
    const ref = root?.a;
    if (ref === undefined || ref === "$undefined" || rows.get(ref.slice(2)) === '"$undefined"')
      return { kind: "void" };
    const row = /^\$@([0-9a-f]+)$/.exec(ref) ? rows.get(ref.slice(2)) : undefined;
    if (row === undefined) return { kind: "value", value: ref };
    if (row.startsWith("E")) {
      const { digest = "" } = JSON.parse(row.slice(1)) as { digest?: string };
      const fallback = /^NEXT_HTTP_ERROR_FALLBACK;(\d{3})$/.exec(digest);
      if (fallback) return { kind: "status", status: Number(fallback[1]) };
      const redirect = /^NEXT_REDIRECT;[^;]*;([^;]*);/.exec(digest);
      if (redirect) return { kind: "redirect", to: redirect[1]! };
      return { kind: "error", digest };
    }
    return { kind: "value", value: JSON.parse(row) };
  } catch {
    return { kind: "unreadable" };
  }
}

export type ActionCall = {
  id: string;
  /** A page that uses the action (its worker must hold it; any path of the app does in practice). */
  page: string;
  args: ActionArg[];
  cookie?: string;
  headers?: Record<string, string | null>;
  /** Sends this body as is instead of encoding `args` (malformed-request fuzzing). */
  rawBody?: string | FormData;
};

export async function callAction(call: ActionCall): Promise<ActionResponse> {
  const body = call.rawBody ?? encodeReply(call.args);
  const response = await send({
    method: "POST",
    path: call.page,
    cookie: call.cookie,
    headers: {
      "next-action": call.id,
      accept: "text/x-component",
      origin: APP_ORIGIN,
      ...(typeof body === "string" ? { "content-type": "text/plain;charset=UTF-8" } : {}),
      ...call.headers,
    },
    body,
  });
  return { ...response, reply: readReply(response) };
}
