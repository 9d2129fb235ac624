/**
 * Requests to the running app with nothing implicit: no cookie jar, no redirects followed. Every principal's
 * cookie is sent by hand, so one principal's Set-Cookie can never leak into another's request (Playwright's
 * request fixture keeps a jar, which would).
 */
export const BASE_URL = `http://localhost:${process.env.E2E_PORT ?? 3100}`;
/** The app's own origin, as a browser on its pages sends it. */
export const APP_ORIGIN = new URL(BASE_URL).origin;

export type HttpRequest = {
  method?: string;
  path: string;
  cookie?: string;
  /** null leaves a header out (one the caller would otherwise add). */
  headers?: Record<string, string | null>;
  body?: string | FormData | URLSearchParams;
  /** Aborts a request the server never answers, so a hang fails as such instead of timing the test out. */
  timeoutMs?: number;
};

export type HttpResponse = {
  status: number;
  headers: Headers;
  body: string;
  /** The Location header as a path on this app (or the full URL when it points elsewhere). */
  location: string | null;
  setCookies: string[];
};

function localPath(location: string | null): string | null {
  if (!location) return null;
  const url = new URL(location, BASE_URL);
  return url.origin === APP_ORIGIN ? `${url.pathname}${url.search}` : url.href;
}

export async function send(request: HttpRequest): Promise<HttpResponse> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers ?? {}))
    if (value !== null) headers[name] = value;
  if (request.cookie) headers.cookie = request.cookie;
  const response = await fetch(new URL(request.path, BASE_URL), {
    method: request.method ?? "GET",
    headers,
    body: request.body,
    redirect: "manual",
    signal: AbortSignal.timeout(request.timeoutMs ?? 30_000),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: await response.text(),
    location: localPath(response.headers.get("location")),
    setCookies: response.headers.getSetCookie(),
  };
}

/** Cookies as a browser keeps them: later Set-Cookie headers replace earlier ones; expired ones are dropped. */
export class CookieJar {
  private readonly values = new Map<string, string>();

  constructor(header = "") {
    for (const part of header.split(";")) {
      const [name, ...rest] = part.trim().split("=");
      if (name) this.values.set(name, rest.join("="));
    }
  }

  take(setCookies: string[]): this {
    for (const line of setCookies) {
      const [pair = "", ...attributes] = line.split(";");
      const at = pair.indexOf("=");
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === "";
      if (expired) this.values.delete(name);
      else this.values.set(name, value);
    }
    return this;
  }

  get(name: string): string | undefined {
    return this.values.get(name);
  }

  header(): string {
    return [...this.values].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}
