import { entryKey, type Ctx, type Entry, type Params } from "../manifest";
import { world, type Principal } from "../world";
import { fresh } from "./fresh";
import { APP_ORIGIN, CookieJar, send, type HttpResponse } from "./http";
import { cookieOf, forgetSession } from "./principals";
import { describe, observe, type Observed } from "./outcome";
import { actionIds, callAction, type ActionArg, type ActionReply } from "./server-actions";
import { csrf } from "./sessions";

export type Example = Entry["examples"][number];

/** Fuzzing's replacements: the input, the handler's path, raw bytes instead of an encoded input, more headers. */
export type Override = {
  body?: unknown;
  args?: ActionArg[];
  path?: string;
  rawBody?: string | FormData;
  /** More headers, or null to leave one out. */
  headers?: Record<string, string | null>;
};

export type Call = { observed: Observed; detail: string; response: HttpResponse; reply?: ActionReply };

let ids: Map<string, string> | undefined;

/** The build's id of a manifest action (the build names each by module and export). */
export function actionId(entry: Extract<Entry, { kind: "action" }>): string {
  ids ??= actionIds(process.env.SECURITY_NEXT_DIR);
  const id = ids.get(entryKey(entry));
  if (!id) throw new Error(`The build has no server action ${entryKey(entry)}`);
  return id;
}

export async function prepare(example: Example): Promise<Params> {
  return example.prepare ? example.prepare(world(), fresh) : {};
}

/**
 * Calls one example of an entry as a principal, the way the app's own pages do: pages by GET, handlers by their
 * method with JSON and the app's Origin, actions by POST with Next-Action. `override` replaces the input (fuzzing).
 */
export async function callEntry(
  entry: Entry,
  example: Example,
  principal: Principal,
  params: Params,
  override?: Override,
  cookie?: string,
): Promise<Call> {
  const ctx: Ctx = { world: world(), params, principal };
  const sessionCookie = cookie ?? (await cookieOf(principal));
  let response: HttpResponse;
  let reply: ActionReply | undefined;
  if (entry.kind === "page") {
    const ex = example as (typeof entry.examples)[number];
    response = await send({
      path: override?.path ?? ex.path(ctx),
      cookie: sessionCookie,
      headers: override?.headers,
    });
  } else if (entry.kind === "handler") {
    const ex = example as (typeof entry.examples)[number];
    if (ex.form) {
      const { token, jar } = await csrf(new CookieJar(sessionCookie));
      response = await send({
        method: entry.method,
        path: ex.path(ctx),
        cookie: jar.header(),
        headers: { "content-type": "application/x-www-form-urlencoded", origin: APP_ORIGIN },
        body: new URLSearchParams({ ...ex.form(ctx), csrfToken: token }),
      });
    } else {
      const body = override && "body" in override ? override.body : ex.body?.(ctx);
      const raw = override?.rawBody;
      response = await send({
        method: entry.method,
        path: override?.path ?? ex.path(ctx),
        cookie: sessionCookie,
        headers: { "content-type": "application/json", origin: APP_ORIGIN, ...override?.headers },
        body: typeof raw === "string" ? raw : body === undefined ? undefined : JSON.stringify(body),
      });
    }
  } else {
    const ex = example as (typeof entry.examples)[number];
    const result = await callAction({
      id: actionId(entry),
      page: ex.page(ctx),
      args: override?.args ?? ex.args(ctx),
      rawBody: override?.rawBody,
      cookie: sessionCookie,
      headers: override?.headers,
    });
    response = result;
    reply = result.reply;
  }
  const observed = observe(entry.kind, response, reply);
  const endsSession = "endsSession" in example && example.endsSession;
  if (endsSession && observed === "ok" && principal !== "anonymous" && !cookie) forgetSession(principal);
  return { observed, detail: describe(response, reply), response, reply };
}
