import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { initialise, startServer, type RunningServer, type ServerOptions } from "./postgres/server-process";
import {
  binaryMajorVersion,
  checkDataDir,
  checkPortFree,
  checkReachable,
  clearStaleLock,
  findBinaries,
  postgresUser,
} from "./postgres/preflight";
import { DatabaseStartError, explainStartFailure, type StartSettings } from "./postgres/start-error";

export type RunningDatabase = {
  url: string;
  stop: () => Promise<void>;
  /** Stop and start again, for outage tests; absent when the server is not this process's own. */
  outage?: { down: () => Promise<void>; up: () => Promise<void> };
};

const USER = "lectern";
const FLAGS = ["-c", "max_connections=300", "-c", "listen_addresses=127.0.0.1"];
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
 * Every known start-up failure rejects with a DatabaseStartError whose message names the cause and the fix;
 * `settings` names the environment variables that fix would change.
 */
export async function startEmbeddedPostgres(opts: {
  dir: string;
  port: number;
  database: string;
  settings: StartSettings;
  quiet?: boolean;
}): Promise<RunningDatabase> {
  const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${opts.database}`;
  if (await canConnect(opts.port)) {
    await ensureDatabase(url, opts.database);
    return { url, stop: async () => {} };
  }
  const { dir, settings } = opts;
  const binaries = await findBinaries(settings);
  const version = binaryMajorVersion(binaries, settings);
  const runAs = postgresUser(settings);
  checkReachable(dir, binaries, runAs, settings);
  checkDataDir(dir, version, runAs, settings);
  clearStaleLock(dir);
  await checkPortFree(opts.port, settings);

  const log: string[] = [];
  const logFile = path.join(path.dirname(dir), `${path.basename(dir)}-start.log`);
  const failed = (error: unknown) => {
    log.push(error instanceof Error ? error.message : String(error ?? ""));
    writeFileSync(logFile, log.join(""));
    return new DatabaseStartError(
      explainStartFailure(log.join(""), { dir, port: opts.port, settings, logFile }),
    );
  };
  const server: ServerOptions = {
    dir,
    port: opts.port,
    user: USER,
    password: PASSWORD,
    bin: binaries,
    runAs,
    log: (text) => {
      log.push(text);
      if (!opts.quiet) process.stdout.write(`[postgres] ${text}`);
    },
  };
  let running: RunningServer | null = null;
  const start = async () => {
    log.length = 0;
    clearStaleLock(dir);
    running = await startServer(server, FLAGS).catch((error: unknown) => {
      throw failed(error);
    });
  };
  if (!existsSync(path.join(dir, "PG_VERSION"))) {
    await initialise(server).catch((error: unknown) => {
      throw failed(error);
    });
  }
  await start();
  await ensureDatabase(url, opts.database);
  const stop = async () => {
    await running?.stop();
    running = null;
  };
  return { url, stop, outage: { down: stop, up: start } };
}
