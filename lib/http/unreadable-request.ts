/**
 * Requests Next.js cannot read fail inside the framework, before any of the app's code runs, and it answers them
 * 500: a path segment whose percent-encoding is not UTF-8, and server-action bodies that are not React's reply
 * encoding. Only hand-made clients send them, but a 500 is a bug, so proxy.ts answers them 400 (or 413) first.
 */

export type Refusal = { status: 400 | 413; message: string };

/** Next.js's default limit for server-action bodies (experimental.serverActions.bodySizeLimit, not changed). */
export const ACTION_BODY_LIMIT = 1024 * 1024;

/**
 * React's reply decoder recurses per level: in a bare process 5,000 levels decode and 8,000 overflow its stack (a
 * 500 in Next.js). The app's own arguments nest a few levels; the bound keeps a margin below the overflow and stays
 * well above real input, so deep but decodable input still reaches the app's validation,
 * which refuses it with a message (the security suite fuzzes 1,000 levels).
 */
export const MAX_REPLY_DEPTH = 2_000;

/** Every segment of the path must decode: "%FF" and a lone surrogate's bytes do not. */
export function undecodablePath(pathname: string): boolean {
  try {
    for (const segment of pathname.split("/")) decodeURIComponent(segment);
    return false;
  } catch {
    return true;
  }
}

/** Deepest bracket nesting of JSON text, counted outside strings, without building the value. */
function nesting(json: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "[" || c === "{") deepest = Math.max(deepest, ++depth);
    else if (c === "]" || c === "}") depth--;
  }
  return deepest;
}

/** The reply's root: a JSON array of the action's arguments, nested no deeper than the bound. */
function readableRoot(text: string): boolean {
  if (nesting(text) > MAX_REPLY_DEPTH) return false;
  try {
    return Array.isArray(JSON.parse(text));
  } catch {
    return false;
  }
}

const BAD_REPLY: Refusal = { status: 400, message: "This request is not a Lectern form submission." };

/** Multipart field names are the reply's own ("0", "_1_title"...): printable, with no control characters. */
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Why a server-action body cannot be read, or null when Next.js can read it. */
export function actionBodyRefusal(body: string | FormData): Refusal | null {
  if (typeof body === "string") return readableRoot(body) ? null : BAD_REPLY;
  for (const name of body.keys()) if (CONTROL.test(name)) return BAD_REPLY;
  const root = body.get("0");
  return typeof root === "string" && readableRoot(root) ? null : BAD_REPLY;
}

export const TOO_LARGE: Refusal = {
  status: 413,
  message: "This submission is larger than Lectern accepts (1 MB).",
};
