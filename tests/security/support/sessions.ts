import { CookieJar, send } from "./http";

/** next-auth's cookie names on plain http (the e2e server); over https they carry a __Secure- prefix. */
export const SESSION_COOKIE = "next-auth.session-token";
const CSRF_COOKIE = "next-auth.csrf-token";
export const DEVICE_COOKIE = "lectern.device";

export type SignInResult = {
  /** The cookies the browser holds afterwards (session, csrf, device), as one Cookie header. */
  jar: CookieJar;
  /** null when signed in; otherwise the error next-auth put in the redirect (the sign-in form's message). */
  error: string | null;
  /** The sign-in response's Set-Cookie lines (the session cookie's lifetime, say). */
  setCookies: string[];
};

/** A CSRF token and the cookie it is bound to: next-auth checks the pair on every POST. */
export async function csrf(jar = new CookieJar()): Promise<{ token: string; jar: CookieJar }> {
  const response = await send({ path: "/api/auth/csrf", cookie: jar.header() });
  jar.take(response.setCookies);
  const { csrfToken } = JSON.parse(response.body) as { csrfToken: string };
  if (!jar.get(CSRF_COOKIE)) throw new Error("next-auth set no CSRF cookie");
  return { token: csrfToken, jar };
}

/**
 * Signs in the way the sign-in form does (next-auth's credentials callback with `json=true`), from a browser
 * holding `jar`'s cookies (a device cookie, say). A fresh jar is a browser that never signed in here.
 */
export async function signIn(login: string, password: string, from = new CookieJar()): Promise<SignInResult> {
  const { token, jar } = await csrf(from);
  const response = await send({
    method: "POST",
    path: "/api/auth/callback/credentials",
    cookie: jar.header(),
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ identifier: login, password, csrfToken: token, json: "true" }),
  });
  jar.take(response.setCookies);
  // With json=true next-auth answers {url} (200 signed in, 401 refused); the error is in the url's query.
  const url = response.headers.get("content-type")?.includes("json")
    ? (JSON.parse(response.body) as { url?: string }).url
    : response.location;
  const error = new URL(url ?? "/", "http://x").searchParams.get("error");
  if (!error && !jar.get(SESSION_COOKIE))
    throw new Error(`Signing in ${login} set no session (${response.status})`);
  return { jar, error, setCookies: response.setCookies };
}

/** Signs in or fails the test with next-auth's reason; returns the Cookie header of the new session. */
export async function sessionCookie(login: string, password: string): Promise<string> {
  const { jar, error } = await signIn(login, password);
  if (error) throw new Error(`Signing in ${login} failed: ${error}`);
  return `${SESSION_COOKIE}=${jar.get(SESSION_COOKIE)}`;
}

/** Signs out through next-auth (its signOut event ends every session of the account). */
export async function signOut(cookie: string): Promise<void> {
  const { token, jar } = await csrf(new CookieJar(cookie));
  const response = await send({
    method: "POST",
    path: "/api/auth/signout",
    cookie: jar.header(),
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken: token, json: "true" }),
  });
  if (response.status >= 400) throw new Error(`Sign-out answered ${response.status}`);
}

/** Who the session cookie belongs to now, as /api/auth/session says (null: no live session). */
export async function sessionViewer(cookie: string): Promise<{ id: string; role: string } | null> {
  const response = await send({ path: "/api/auth/session", cookie });
  const session = JSON.parse(response.body || "{}") as { viewer?: { id: string; role: string } | null };
  return session.viewer ?? null;
}
