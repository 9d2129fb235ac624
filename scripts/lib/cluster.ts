import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { StdioOptions } from "node:child_process";
import { bin, runOrThrow, startProcess, waitForHttp, type Started } from "./process";
import { serverNodeOptions } from "./server-memory";

/** Why HAProxy cannot be used here, in one line with how to install it; null when it can. */
export function haproxyMissing(): string | null {
  return spawnSync("haproxy", ["-v"], { stdio: "ignore" }).error
    ? "HAProxy is not installed: sudo apt-get install -y haproxy (Debian's package), then run this again."
    : null;
}

/** Runs `next build` when .next holds no production build. */
export async function ensureProductionBuild(env: NodeJS.ProcessEnv) {
  if (existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) return;
  console.log("No production build: running next build");
  await runOrThrow("next build", bin("next"), ["build"], { env });
}

/**
 * Round-robin over the servers; a server failing /api/ready three times in a row leaves the rotation until it
 * passes twice. A check may take 5 s: on a loaded machine (the benchmark's) a 1 s limit took every server out at
 * once and HAProxy answered 503 itself. A server that is gone refuses the check's connection at once. A
 * request refused at connect (a stopped server) is sent to another server; one in flight on a server that dies
 * is answered 502, as a browser would see it. Each answer names the server that gave it (x-served-by).
 */
function haproxyConfig(port: number, serverPorts: number[]) {
  return `global
  maxconn 4096
defaults
  mode http
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  timeout check 5s
  option forwardfor
  retries 2
  option redispatch
frontend lectern
  bind 127.0.0.1:${port}
  default_backend servers
backend servers
  balance roundrobin
  option httpchk GET /api/ready
  http-check expect status 200
  http-response set-header x-served-by %s
  default-server inter 1s fall 3 rise 2
${serverPorts.map((p, i) => `  server app${i + 1} 127.0.0.1:${p} check`).join("\n")}
`;
}

export type Cluster = {
  baseUrl: string;
  servers: Started[];
  balancer: Started;
  /** Stops the balancer, then each server gracefully (SIGTERM, SIGKILL after 30 s). */
  stop: () => Promise<void>;
};

/**
 * `next start` on each of `serverPorts` (each its own process group, so a kill reaches all of it), waits for each
 * to be ready, then HAProxy in front of them on `port`. The servers get `env`, plus one trusted proxy (the
 * balancer), so client addresses are right.
 */
export async function startCluster(opts: {
  port: number;
  serverPorts: number[];
  env: NodeJS.ProcessEnv;
  stdio?: StdioOptions;
}): Promise<Cluster> {
  const env = { ...opts.env, NODE_ENV: "production" as const, LECTERN_TRUSTED_PROXIES: "1" };
  await ensureProductionBuild(env);
  const servers = opts.serverPorts.map((port) =>
    startProcess(bin("next"), ["start", "--hostname", "127.0.0.1", "--port", String(port)], {
      env: { ...env, NODE_OPTIONS: serverNodeOptions(env) },
      stdio: opts.stdio,
      group: true,
    }),
  );
  let balancer: Started | undefined;
  const stop = async () => {
    await balancer?.stop();
    await Promise.all(servers.map((server) => server.stop("SIGTERM", 30_000)));
  };
  try {
    await Promise.all(
      opts.serverPorts.map((port, i) =>
        waitForHttp(`http://127.0.0.1:${port}/api/ready`, {
          status: 200,
          timeoutMs: 90_000,
          exited: servers[i]!.exited,
        }),
      ),
    );
    const config = path.join(mkdtempSync(path.join(tmpdir(), "lectern-cluster-")), "haproxy.cfg");
    writeFileSync(config, haproxyConfig(opts.port, opts.serverPorts));
    balancer = startProcess("haproxy", ["-db", "-f", config], { stdio: opts.stdio });
    await waitForHttp(`http://127.0.0.1:${opts.port}/api/ready`, {
      status: 200,
      timeoutMs: 30_000,
      exited: balancer.exited,
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl: `http://127.0.0.1:${opts.port}`, servers, balancer, stop };
}
