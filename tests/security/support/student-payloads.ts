import { APP_ORIGIN, send } from "./http";
import { actionIds, callAction, formData } from "./server-actions";

/** A question as the quiz page hands it to the browser (the QuizRunner's props in the RSC payload). */
export type ShownQuestion = {
  id: string;
  type: string;
  prompt: string;
  choices: { id: string; text: string }[];
  evidenceOptions?: { id: string; text: string }[];
} & Record<string, unknown>;

/** The JSON array after `"key":` in a payload, read by matching brackets outside strings. */
export function jsonArrayAfter(text: string, key: string): unknown[] | null {
  const at = text.indexOf(`"${key}":[`);
  if (at < 0) return null;
  const start = text.indexOf("[", at);
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === "\\") i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === "[" || ch === "{") depth++;
    else if ((ch === "]" || ch === "}") && --depth === 0)
      return JSON.parse(text.slice(start, i + 1)) as unknown[];
  }
  return null;
}

/** A page as a document and as the RSC payload the router fetches (following Next.js's `?_rsc` redirect). */
export async function pageBodies(path: string, cookie: string): Promise<{ document: string; rsc: string }> {
  const document = await send({ path, cookie });
  let rsc = await send({ path, cookie, headers: { RSC: "1" } });
  if (rsc.status === 307 && rsc.location)
    rsc = await send({ path: rsc.location, cookie, headers: { RSC: "1" } });
  if (document.status !== 200 || rsc.status !== 200)
    throw new Error(`${path} answered ${document.status} / ${rsc.status}`);
  return { document: document.body, rsc: rsc.body };
}

let startId: string | undefined;

/** Starts (or resumes) the student's attempt as the assignment page's button does; returns its id. */
export async function startAttempt(cookie: string, assignmentId: string): Promise<string> {
  startId ??= actionIds(process.env.SECURITY_NEXT_DIR).get("lib/attempts/actions.ts#startAttemptAction");
  const response = await callAction({
    id: startId!,
    page: `/student/assignments/${assignmentId}`,
    args: [null, formData({ assignmentId })],
    cookie,
  });
  const state =
    response.reply.kind === "value" ? (response.reply.value as { ok: boolean; data?: { id: string } }) : null;
  if (!state?.ok || !state.data)
    throw new Error(`Starting an attempt failed: ${JSON.stringify(response.reply)}`);
  return state.data.id;
}

export async function studentJson(method: string, path: string, cookie: string, body?: unknown) {
  const response = await send({
    method,
    path,
    cookie,
    headers: { "content-type": "application/json", origin: APP_ORIGIN },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status !== 200)
    throw new Error(`${method} ${path} answered ${response.status}: ${response.body}`);
  return response.body;
}
