/**
 * `npm run smoke:dev`: the README's first quick-start command tried as a newcomer would. Runs `npm run dev`, waits
 * for the home page, signs in as the demo teacher through next-auth's own endpoints, opens the teacher's classes,
 * then stops the server (and its embedded PostgreSQL). CI runs it as an unprivileged user.
 */
import { DEMO_CLASS, DEMO_PASSWORD, DEMO_TEACHER } from "../lib/seed/demo-accounts";
import { startProcess } from "./lib/process";

const port = process.env.SMOKE_PORT ?? "3300";
const base = `http://127.0.0.1:${port}`;
const READY_WITHIN_MS = 300_000;

const output: string[] = [];
// A process group of its own, so stopping it stops npm, the dev script, Next.js and PostgreSQL together.
const dev = startProcess("npm", ["run", "dev"], {
  env: { ...process.env, PORT: port, NEXTAUTH_URL: base },
  stdio: ["ignore", "pipe", "pipe"],
  group: true,
});
for (const stream of [dev.child.stdout!, dev.child.stderr!]) {
  stream.on("data", (chunk: Buffer) => output.push(chunk.toString()));
}

/** Cookies as a browser keeps them: name=value pairs from every Set-Cookie seen so far. */
const jar = new Map<string, string>();
const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
async function request(path: string, init: RequestInit = {}) {
  const response = await fetch(`${base}${path}`, {
    ...init,
    redirect: "manual",
    headers: { ...(init.headers as Record<string, string>), cookie: cookieHeader() },
  });
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const at = pair!.indexOf("=");
    jar.set(pair!.slice(0, at), pair!.slice(at + 1));
  }
  return response;
}

async function waitForHome(started: number) {
  while (Date.now() - started < READY_WITHIN_MS) {
    const code = await Promise.race([dev.exited, new Promise((r) => setTimeout(r, 1000, "running"))]);
    if (code !== "running") throw new Error(`npm run dev exited with code ${String(code)} before serving`);
    const home = await request("/").catch(() => null);
    if (home?.status === 200) return;
  }
  throw new Error(`the home page was not served within ${READY_WITHIN_MS / 1000} s`);
}

async function signInAsTeacher() {
  const { csrfToken } = (await (await request("/api/auth/csrf")).json()) as { csrfToken: string };
  const callback = await request("/api/auth/callback/credentials", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      csrfToken,
      identifier: DEMO_TEACHER.email,
      password: DEMO_PASSWORD,
      json: "true",
    }).toString(),
  });
  if (![...jar.keys()].some((k) => k.endsWith("next-auth.session-token"))) {
    throw new Error(`signing in as ${DEMO_TEACHER.email} set no session (HTTP ${callback.status})`);
  }
  const session = (await (await request("/api/auth/session")).json()) as { viewer?: { role?: string } };
  if (session.viewer?.role !== "teacher") {
    throw new Error(`the session after sign-in is not a teacher's: ${JSON.stringify(session)}`);
  }
  const classes = await request("/teacher/classes");
  const page = await classes.text();
  if (classes.status !== 200 || !page.includes(DEMO_CLASS.name)) {
    throw new Error(
      `/teacher/classes answered ${classes.status} without the demo class to the signed-in teacher`,
    );
  }
}

const started = Date.now();
let code = 0;
try {
  await waitForHome(started);
  const served = (Date.now() - started) / 1000;
  await signInAsTeacher();
  console.log(`smoke:dev: home page served in ${served.toFixed(1)} s; the demo teacher signed in.`);
} catch (error) {
  console.error(
    `smoke:dev failed: ${(error as Error).message}\n--- npm run dev printed ---\n${output.join("")}`,
  );
  code = 1;
} finally {
  await dev.stop("SIGINT", 20_000);
}
process.exit(code);
