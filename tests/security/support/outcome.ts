import type { Entry, Expect } from "../manifest";
import type { HttpResponse } from "./http";
import type { ActionReply } from "./server-actions";

/** What a call answered, in the policy's terms, plus "invalid" (another 4xx) and "error" (a 5xx or a crash). */
export type Observed = Expect | "invalid" | "error";

/** A page may also redirect after it started streaming, with a meta refresh instead of a 3xx. */
function redirectTarget(response: HttpResponse): string | null {
  if (response.status >= 300 && response.status < 400) return response.location ?? "";
  const meta = /<meta id="__next-page-redirect" http-equiv="refresh" content="\d+;url=([^"]*)"/.exec(
    response.body,
  );
  return meta ? meta[1]! : null;
}

const pathOf = (to: string) => new URL(to, "http://app").pathname;
const toSignIn = (to: string) => pathOf(to) === "/sign-in";
/** Where an action sends a caller of the wrong role, as pages do: their own area, not a result of the action. */
const AREA_HOMES = new Set(["/", "/dashboard", "/student", "/teacher", "/teacher/classes"]);
/**
 * A redirect to an area's home is a refusal unless it carries the action's report in its query (deleting a class
 * goes on to /teacher/classes?deleted=…); the wrong-role redirects carry none.
 */
const toAreaHome = (to: string) => {
  const url = new URL(to, "http://app");
  return AREA_HOMES.has(url.pathname) && url.search === "";
};

function byStatus(status: number): Observed {
  if (status >= 500) return "error";
  if (status === 401) return "unauthorized";
  if (status === 403) return "forbidden";
  if (status === 404) return "notFound";
  if (status >= 400) return "invalid";
  return "ok";
}

function actionOutcome(reply: ActionReply): Observed {
  switch (reply.kind) {
    case "redirect":
      return toSignIn(reply.to) ? "signIn" : toAreaHome(reply.to) ? "elsewhere" : "ok";
    case "status":
      return byStatus(reply.status);
    case "error":
    case "unreadable":
      return "error";
    case "void":
      return "ok";
    case "value": {
      const state = reply.value as { ok?: unknown } | null;
      if (state && typeof state === "object" && state.ok === false) return "refused";
      return "ok";
    }
  }
}

export function observe(kind: Entry["kind"], response: HttpResponse, reply?: ActionReply): Observed {
  if (response.status >= 500) return "error";
  if (kind === "action" && reply) return actionOutcome(reply);
  const target = redirectTarget(response);
  if (target !== null) return toSignIn(target) ? "signIn" : "elsewhere";
  return byStatus(response.status);
}

/** Refusals an action may give: a message in its state, a 401/403/404, or a redirect to sign in. */
const REFUSALS: Observed[] = [
  "refused",
  "signIn",
  "elsewhere",
  "notFound",
  "forbidden",
  "unauthorized",
  "invalid",
];

export function satisfies(expected: Expect, observed: Observed): boolean {
  return expected === "refused" ? REFUSALS.includes(observed) : expected === observed;
}

/** A line for a failure message: status, where it redirected, and the start of what it said. */
export function describe(response: HttpResponse, reply?: ActionReply): string {
  const parts = [`HTTP ${response.status}`];
  if (response.location) parts.push(`→ ${response.location}`);
  if (reply) parts.push(`reply ${JSON.stringify(reply).slice(0, 300)}`);
  else if (response.status !== 200) parts.push(response.body.slice(0, 200).replace(/\s+/g, " "));
  return parts.join(" ");
}
