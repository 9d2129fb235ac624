/**
 * npm run cluster [-- --servers 2] [--port 3000]
 *
 * Lectern as it runs beyond one machine, on this one: the database prepared once (migrations, demo data), then
 * N production servers (`next start`, built first when there is no build) on that one PostgreSQL, behind HAProxy
 * from Debian's packages, round-robin with no sticky sessions and health-checked through /api/ready. Prints the
 * balancer's address; Ctrl-C stops the balancer, then each server gracefully (SIGTERM), then PostgreSQL.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { bin, runOrThrow, startProcess, waitForHttp, type Started } from "./lib/process";
import { prepareApp } from "./lib/serve";

const { values } = parseArgs({
  options: { servers: { type: "string", default: "2" }, port: { type: "string", default: "3000" } },
});
const SERVERS = Number(values.servers);
const PORT = Number(values.port);
if (!Number.isInteger(SERVERS) || SERVERS < 1 || SERVERS > 8) {
  console.error("--servers takes a whole number from 1 to 8.");
  process.exit(2);
}
if (spawnSync("haproxy", ["-v"], { stdio: "ignore" }).error) {
  console.error(
    "HAProxy is not installed: sudo apt-get install -y haproxy (Debian's package), then run this again.",
  );
  process.exit(2);
}

const serverPorts = Array.from({ length: SERVERS }, (_, i) => PORT + 101 + i);

/** Round-robin over the servers; a server failing /api/ready twice leaves the rotation until it passes again. */
function haproxyConfig() {
  return `global
  maxconn 4096
defaults
  mode http
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  option forwardfor
  retries 2
  option redispatch
frontend lectern
  bind 127.0.0.1:${PORT}
  default_backend servers
backend servers
  balance roundrobin
  option httpchk GET /api/ready
  http-check expect status 200
  default-server inter 1s fall 2 rise 2
${serverPorts.map((port, i) => `  server app${i + 1} 127.0.0.1:${port} check`).join("\n")}
`;
}

const url = `http://localhost:${PORT}`;
const database = await prepareApp(url);
if (!existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) {
  console.log("No production build: running next build");
  await runOrThrow("next build", bin("next"), ["build"]);
}

// Each server sees one proxy in front of it, so client addresses (for the join and sign-in limits) are right.
const env = { ...process.env, NODE_ENV: "production" as const, LECTERN_TRUSTED_PROXIES: "1" };
const servers: Started[] = serverPorts.map((port) =>
  startProcess(bin("next"), ["start", "--hostname", "127.0.0.1", "--port", String(port)], { env }),
);
let balancer: Started | undefined;

let stopping = false;
async function stopAll(code: number) {
  if (stopping) return;
  stopping = true;
  await balancer?.stop();
  await Promise.all(servers.map((server) => server.stop("SIGTERM", 30_000)));
  await database.stop();
  process.exit(code);
}
process.once("SIGINT", () => void stopAll(0));
process.once("SIGTERM", () => void stopAll(0));

try {
  await Promise.all(
    serverPorts.map((port, i) =>
      waitForHttp(`http://127.0.0.1:${port}/api/ready`, {
        status: 200,
        timeoutMs: 90_000,
        exited: servers[i]!.exited,
      }),
    ),
  );
  const config = path.join(mkdtempSync(path.join(tmpdir(), "lectern-cluster-")), "haproxy.cfg");
  writeFileSync(config, haproxyConfig());
  balancer = startProcess("haproxy", ["-db", "-f", config]);
  await waitForHttp(`http://127.0.0.1:${PORT}/api/ready`, {
    status: 200,
    timeoutMs: 30_000,
    exited: balancer.exited,
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await stopAll(1);
}
console.log(
  `${SERVERS} servers (ports ${serverPorts.join(", ")}) behind HAProxy on ${url}; Ctrl-C stops them.`,
);
// A server that ends leaves the rotation (the balancer's checks fail) and the others take its requests; the
// cluster ends with the balancer or the last server.
let running = servers.length;
for (const [i, server] of servers.entries()) {
  void server.exited.then((status) => {
    running--;
    console.error(`Server ${i + 1} exited (status ${status}); ${running} still serving.`);
    if (running === 0) void stopAll(1);
  });
}
const status = await balancer!.exited;
console.error(`HAProxy exited (status ${status}): stopping the servers.`);
await stopAll(1);
