import { expect, test } from "@playwright/test";
import { MANIFEST, type Entry } from "./manifest";
import { callEntry, prepare } from "./support/call-entry";
import type { HttpResponse } from "./support/http";
import { PRINCIPALS } from "./world";

/**
 * The headers of every page and route handler of the manifest, fetched from the production build (`next start`)
 * as a principal who may see it: a Content-Security-Policy whose scripts need this response's nonce (never
 * 'unsafe-inline'), nothing framed, HSTS (production), Permissions-Policy.
 */
const YEAR = 31_536_000;

function directives(policy: string | null): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of (policy ?? "").split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), values);
  }
  return out;
}

function expectSharedHeaders(response: HttpResponse, what: string) {
  const hsts = /max-age=(\d+)/.exec(response.headers.get("strict-transport-security") ?? "");
  expect(Number(hsts?.[1] ?? 0), `${what}: HSTS max-age`).toBeGreaterThanOrEqual(YEAR);
  expect(response.headers.get("permissions-policy"), `${what}: Permissions-Policy`).toMatch(/camera=\(\)/);
  expect(response.headers.get("x-content-type-options"), what).toBe("nosniff");
  const csp = directives(response.headers.get("content-security-policy"));
  expect(csp.get("frame-ancestors"), `${what}: frame-ancestors`).toEqual(["'none'"]);
}

/** Each page and GET handler once, as the first principal its policy lets in. */
async function fetchAllowed(entry: Entry): Promise<HttpResponse> {
  const example = entry.examples[0]!;
  const principal = PRINCIPALS.find((p) => example.policy[p] === "ok")!;
  const call = await callEntry(entry, example, principal, await prepare(example));
  expect(call.response.status, call.detail).toBe(200);
  return call.response;
}

/** Entries someone may open (not the redirect-only pages), each with the first principal who may. */
const opened = (entries: Entry[]) =>
  entries.filter((e) => PRINCIPALS.some((p) => e.examples[0]!.policy[p] === "ok"));
const PAGES = opened(MANIFEST.filter((e) => e.kind === "page" && e.file.endsWith("page.tsx")));
const GET_HANDLERS = opened(MANIFEST.filter((e) => e.kind === "handler" && e.method === "GET"));

test("every page: a nonce policy for scripts, its nonce on every script, a new nonce each time", async () => {
  const nonces = new Set<string>();
  for (const entry of PAGES) {
    const response = await fetchAllowed(entry);
    const what = entry.file;
    expectSharedHeaders(response, what);
    const csp = directives(response.headers.get("content-security-policy"));
    const scripts = csp.get("script-src") ?? [];
    expect(scripts, `${what}: script-src`).not.toContain("'unsafe-inline'");
    expect(scripts, `${what}: script-src`).not.toContain("*");
    const nonce = scripts.find((s) => s.startsWith("'nonce-"))?.slice(7, -1);
    expect(nonce, `${what}: a nonce in script-src`).toBeTruthy();
    expect(nonces.has(nonce!), `${what}: a nonce seen before`).toBe(false);
    nonces.add(nonce!);
    expect(csp.get("object-src"), what).toEqual(["'none'"]);
    const tags = response.body.match(/<script\b[^>]*>/g) ?? [];
    expect(tags.length, `${what}: scripts`).toBeGreaterThan(0);
    for (const tag of tags)
      expect(tag, `${what}: a script without this response's nonce`).toContain(`nonce="${nonce}"`);
  }
});

test("every GET route handler: a policy that lets nothing run, HSTS and Permissions-Policy", async () => {
  for (const entry of GET_HANDLERS) {
    const response = await fetchAllowed(entry);
    expectSharedHeaders(response, entry.file);
    const csp = directives(response.headers.get("content-security-policy"));
    // JSON and CSV answers: nothing in them may run, wherever the policy comes from.
    const scripts = csp.get("script-src") ?? csp.get("default-src") ?? [];
    expect(scripts, entry.file).not.toContain("'unsafe-inline'");
  }
});
