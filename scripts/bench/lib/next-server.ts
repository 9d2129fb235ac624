import { randomBytes } from "node:crypto";
import { ensureProductionBuild } from "../../lib/cluster";
import { bin, startProcess, waitForHttp } from "../../lib/process";
import { serverNodeOptions } from "../../lib/server-memory";

export type NextServer = { baseUrl: string; pid?: number; stop: () => Promise<void> };

/** Builds once if there is no production build, then runs `next start` on a loopback port against `databaseUrl`. */
export async function startNextServer(
  databaseUrl: string,
  port: number,
  extraEnv: Record<string, string> = {},
) {
  const env = {
    ...process.env,
    NODE_ENV: "production" as const,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    ...extraEnv,
  };
  await ensureProductionBuild(env);
  // As npm start runs it (server-memory.ts), not with the build's environment.
  const server = startProcess(bin("next"), ["start", "--hostname", "127.0.0.1", "--port", String(port)], {
    env: { ...env, NODE_OPTIONS: serverNodeOptions(env) },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHttp(`${baseUrl}/api/health`, { status: 200, timeoutMs: 60_000, exited: server.exited });
  return { baseUrl, pid: server.child.pid, stop: () => server.stop() };
}
