import { createServer, type Server } from "node:http";
import type { RunningDatabase } from "./embedded-postgres";

/**
 * A loopback-only switch the e2e outage test flips: POST /db/down stops PostgreSQL, POST /db/up starts it
 * again. Only for a server this process started itself.
 */
export async function startOutageControl(database: RunningDatabase, port: number): Promise<Server | null> {
  const outage = database.outage;
  if (!outage) return null;
  const server = createServer((req, res) => {
    const action =
      req.method === "POST" ? { "/db/down": outage.down, "/db/up": outage.up }[req.url ?? ""] : undefined;
    if (!action) {
      res.writeHead(404).end();
      return;
    }
    action().then(
      () => res.writeHead(204).end(),
      (error: unknown) => res.writeHead(500).end(String(error)),
    );
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return server;
}
