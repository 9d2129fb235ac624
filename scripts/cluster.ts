/**
 * npm run cluster [-- --servers 2] [--port 3000]
 *
 * Lectern as it runs beyond one machine, on this one: the database prepared once (migrations, demo data), then
 * N production servers (`next start`, built first when there is no build) on that one PostgreSQL, behind HAProxy
 * from Debian's packages, round-robin with no sticky sessions and health-checked through /api/ready. Prints the
 * balancer's address; Ctrl-C stops the balancer, then each server gracefully (SIGTERM), then PostgreSQL.
 */
import { parseArgs } from "node:util";
import { haproxyMissing, startCluster, type Cluster } from "./lib/cluster";
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
const missing = haproxyMissing();
if (missing) {
  console.error(missing);
  process.exit(2);
}

const serverPorts = Array.from({ length: SERVERS }, (_, i) => PORT + 101 + i);
const url = `http://localhost:${PORT}`;
const database = await prepareApp(url);

let cluster: Cluster | undefined;
let stopping = false;
async function stopAll(code: number) {
  if (stopping) return;
  stopping = true;
  await cluster?.stop();
  await database.stop();
  process.exit(code);
}
process.once("SIGINT", () => void stopAll(0));
process.once("SIGTERM", () => void stopAll(0));

try {
  cluster = await startCluster({ port: PORT, serverPorts, env: process.env });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await stopAll(1);
}
console.log(
  `${SERVERS} servers (ports ${serverPorts.join(", ")}) behind HAProxy on ${url}; Ctrl-C stops them.`,
);
// A server that ends leaves the rotation (the balancer's checks fail) and the others take its requests; the
// cluster ends with the balancer or the last server.
let running = cluster!.servers.length;
for (const [i, server] of cluster!.servers.entries()) {
  void server.exited.then((status) => {
    running--;
    console.error(`Server ${i + 1} exited (status ${status}); ${running} still serving.`);
    if (running === 0) void stopAll(1);
  });
}
const status = await cluster!.balancer.exited;
console.error(`HAProxy exited (status ${status}): stopping the servers.`);
await stopAll(1);
