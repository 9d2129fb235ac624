import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";

const bin = (name: string) => path.join(process.cwd(), "node_modules", ".bin", name);

export type NextServer = { baseUrl: string; stop: () => Promise<void> };

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
  if (!existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) {
    console.log("No production build: running next build");
    if (spawnSync(bin("next"), ["build"], { stdio: "inherit", env }).status !== 0)
      throw new Error("next build failed");
  }
  const child = spawn(bin("next"), ["start", "--hostname", "127.0.0.1", "--port", String(port)], {
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return { baseUrl, stop, pid: child.pid! };
}
