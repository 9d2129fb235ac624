import { randomBytes } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "./lib/security/content-security-policy";
import {
  ACTION_BODY_LIMIT,
  actionBodyRefusal,
  TOO_LARGE,
  undecodablePath,
  type Refusal,
} from "./lib/http/unreadable-request";

/** JSON for route handlers and actions, like their other refusals; text for a page address typed by hand. */
function refuse({ status, message }: Refusal, request: NextRequest) {
  if (request.nextUrl.pathname.startsWith("/api/") || request.headers.has("next-action"))
    return NextResponse.json({ error: { code: "invalid", message } }, { status });
  return new NextResponse(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

/** Why Next.js could not read a server action's body, read here from a copy (Next.js buffers it for the proxy). */
async function actionRefusal(request: NextRequest): Promise<Refusal | null> {
  if (Number(request.headers.get("content-length")) > ACTION_BODY_LIMIT) return TOO_LARGE;
  const multipart = request.headers.get("content-type")?.startsWith("multipart/form-data");
  const copy = request.clone();
  let body: string | FormData;
  try {
    body = multipart ? await copy.formData() : await copy.text();
  } catch {
    return actionBodyRefusal("");
  }
  if (typeof body === "string" && body.length > ACTION_BODY_LIMIT) return TOO_LARGE;
  return actionBodyRefusal(body);
}

/**
 * Requests Next.js cannot read are answered here (lib/http/unreadable-request.ts). Then, on pages,
 * a fresh nonce and Content-Security-Policy for every page. The policy goes on the request too: Next.js reads
 * the nonce from the request's header while rendering and puts it on its inline and bundled scripts.
 * Only CSP lives here; the headers every response shares (HSTS, Permissions-Policy, ...) are in next.config.js.
 * This decides nothing about access: pages and lib/ do (DESIGN.md).
 */
export async function proxy(request: NextRequest) {
  if (undecodablePath(request.nextUrl.pathname))
    return refuse({ status: 400, message: "This address is malformed." }, request);
  if (request.nextUrl.pathname.startsWith("/api/")) return NextResponse.next();
  if (request.method === "POST" && request.headers.has("next-action")) {
    const refusal = await actionRefusal(request);
    if (refusal) return refuse(refusal, request);
  }
  // 128 bits from the OS's generator, new per response: a nonce an attacker could predict would allow their script.
  const nonce = randomBytes(16).toString("base64");
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    // Route handlers only when their path holds a percent-escape: the proxy then checks it decodes, and the
    // autosave path pays nothing for the proxy otherwise.
    "/api/:path(.*%.*)",
    {
      // Pages and their server actions; not route handlers (api/, which get a fixed policy in next.config.js) or
      // static files, which no nonce concerns, nor prefetches, whose payload holds no script tags.
      source: "/((?!api/|_next/static|_next/image|favicon.ico|icon.svg).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
