/**
 * The Content-Security-Policy of every page, with this request's nonce (proxy.ts sets it on the request, where
 * Next.js reads the nonce and puts it on its own scripts, and on the response).
 *
 * - Scripts: only those carrying the nonce, and what they load ('strict-dynamic': Next.js adds its chunks at run
 *   time). No 'unsafe-inline'; 'self' is for browsers without 'strict-dynamic'. Development adds 'unsafe-eval',
 *   which React uses there to rebuild server error stacks.
 * - Style elements and sheets: the app's own CSS file (Tailwind's build) and nonce-carrying <style> elements.
 * - Style attributes ('style-src-attr'): allowed inline. Server-rendered markup carries them (a skill bar's
 *   width, a chart's bars and points), and a nonce cannot cover an attribute; an injected attribute runs no
 *   script, and img-src, font-src and connect-src keep anything it could load on this origin.
 * - Nothing framed, embedded or posted elsewhere; no <base> pointing away.
 */
export function contentSecurityPolicy(nonce: string, development: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // Development's style injection (hot reloading) carries no nonce.
    development ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    // Development's hot-reload socket: 'self' covers ws: on the same host only in newer browsers.
    `connect-src 'self'${development ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
