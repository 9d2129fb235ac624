/**
 * One sign-in through next-auth's credentials endpoint, as the browser form does: the Cookie header when it
 * succeeded (null when refused), and which server answered when a balancer names it (x-served-by).
 */
export async function trySignIn(
  baseUrl: string,
  identifier: string,
  password: string,
): Promise<{ cookie: string | null; servedBy: string | null }> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const [name, ...value] = pair!.split("=");
      jar.set(name!, value.join("="));
    }
  };
  keep(csrf);
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie() },
    body: new URLSearchParams({ csrfToken, identifier, password, json: "true" }),
  });
  keep(res);
  const signedIn = [...jar.keys()].some((k) => k.includes("session-token"));
  return { cookie: signedIn ? cookie() : null, servedBy: res.headers.get("x-served-by") };
}

/** Signs in over HTTP; returns the Cookie header, or fails with the status. */
export async function signInOverHttp(baseUrl: string, identifier: string, password: string): Promise<string> {
  const { cookie } = await trySignIn(baseUrl, identifier, password);
  if (!cookie) throw new Error(`Sign-in as ${identifier} failed`);
  return cookie;
}
