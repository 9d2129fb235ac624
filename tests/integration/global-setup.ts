import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";
import { exitOnStartError } from "../../scripts/lib/postgres/start-error";
import { migrateDeploy } from "../../scripts/lib/migrate";
import { withDatabase } from "../../lib/db-url";

export const TEMPLATE = "lectern_template";

declare module "vitest" {
  export interface ProvidedContext {
    serverUrl: string;
  }
}

async function dropTestDatabases(admin: pg.Client, includeTemplate: boolean) {
  const { rows } = await admin.query<{ datname: string }>(
    "SELECT datname FROM pg_database WHERE datname LIKE 'lectern_t\\_%' OR (datname = $1 AND $2)",
    [TEMPLATE, includeTemplate],
  );
  for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
}

/**
 * One PostgreSQL for the run (TEST_DATABASE_URL's server, or an embedded one), a template database migrated
 * once, and each test file gets its own copy of it (see setup-database.ts).
 */
export default async function setup(project: TestProject) {
  const port = Number(process.env.TEST_PG_PORT ?? 54330);
  const server = process.env.TEST_DATABASE_URL
    ? { url: process.env.TEST_DATABASE_URL, stop: async () => {} }
    : await startEmbeddedPostgres({
        // One folder per port, so two runs on different ports never share a server.
        dir: path.join(process.cwd(), ".data", `test-postgres-${port}`),
        port,
        database: "postgres",
        settings: { port: "TEST_PG_PORT", url: "TEST_DATABASE_URL" },
        quiet: true,
      }).catch(exitOnStartError);
  const admin = new pg.Client({ connectionString: withDatabase(server.url, "postgres") });
  await admin.connect();
  await dropTestDatabases(admin, true);
  await admin.query(`CREATE DATABASE "${TEMPLATE}"`);
  migrateDeploy(withDatabase(server.url, TEMPLATE), true);
  project.provide("serverUrl", server.url);

  return async () => {
    await dropTestDatabases(admin, false);
    await admin.end();
    await server.stop();
  };
}
