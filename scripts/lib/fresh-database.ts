import path from "node:path";
import pg from "pg";
import { withDatabase } from "../../lib/db-url";
import { startEmbeddedPostgres, type RunningDatabase } from "./embedded-postgres";
import { exitOnStartError } from "./postgres/start-error";

/**
 * A PostgreSQL server for a throwaway run: TEST_DATABASE_URL's server, or an embedded one with its own
 * folder and port so it never touches the development database. A start-up failure ends the process with its
 * one-line message.
 */
export function startScratchServer(
  name: string,
  port: number,
  portSetting: string,
): Promise<RunningDatabase> {
  if (process.env.TEST_DATABASE_URL) {
    return Promise.resolve({
      url: withDatabase(process.env.TEST_DATABASE_URL, "postgres"),
      stop: async () => {},
    });
  }
  return startEmbeddedPostgres({
    dir: path.join(process.cwd(), ".data", `${name}-postgres`),
    port,
    database: "postgres",
    settings: { port: portSetting, url: "TEST_DATABASE_URL" },
    quiet: true,
  }).catch(exitOnStartError);
}

/** Drops and recreates `database` on the server, returning its URL. */
export async function freshDatabase(serverUrl: string, database: string): Promise<string> {
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }
  return withDatabase(serverUrl, database);
}
