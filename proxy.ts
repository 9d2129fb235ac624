import { randomBytes } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "./lib/security/content-security-policy";

/**
 * A fresh nonce and Content-Security-Policy for every page. The policy goes on the request too: Next.js reads
 * the nonce from the request's header while rendering and puts it on its inline and bundled scripts.
 * Only CSP lives here; the headers every response shares (HSTS, Permissions-Policy, ...) are in next.config.js.
 * This decides nothing about access: pages and lib/ do (DESIGN.md).
 */
export function proxy(request: NextRequest) {
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
