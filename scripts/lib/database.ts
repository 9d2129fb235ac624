import path from "node:path";
import { startEmbeddedPostgres, type RunningDatabase } from "./embedded-postgres";
import { exitOnStartError } from "./postgres/start-error";
import { migrateDeploy } from "./migrate";
import { DEFAULT_DATABASE_URL, EMBEDDED_PORT } from "../../lib/db-url";

/**
 * The database every command uses: DATABASE_URL when set, otherwise the embedded PostgreSQL whose data
 * lives in .data/postgres (git-ignored, kept between runs). Migrations are applied either way. A start-up
 * failure of the embedded server ends the process with its one-line message.
 */
export async function prepareDatabase(opts: { quiet?: boolean } = {}): Promise<RunningDatabase> {
  const external = process.env.DATABASE_URL;
  const running: RunningDatabase = external
    ? { url: external, stop: async () => {} }
    : await startEmbeddedPostgres({
        dir: path.join(process.cwd(), ".data", "postgres"),
        port: EMBEDDED_PORT,
        database: new URL(DEFAULT_DATABASE_URL).pathname.slice(1),
        settings: { port: "EMBEDDED_PG_PORT", url: "DATABASE_URL" },
        quiet: true,
      }).catch(exitOnStartError);
  process.env.DATABASE_URL = running.url;
  migrateDeploy(running.url, opts.quiet);
  return running;
}
