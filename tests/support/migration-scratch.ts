import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll } from "vitest";
import { withDatabase } from "../../lib/db-url";

/** A migration's SQL, as `prisma migrate deploy` would run it. */
export const migrationSql = (name: string) =>
  readFileSync(path.join("prisma", "migrations", name, "migration.sql"), "utf8");

/**
 * A database of its own at the state just before `migration`, for a test that writes rows as the older schema
 * had them and then applies `migration` itself. Named like the per-file databases, so the global teardown drops
 * it even if the file crashes; dropped after the file's tests.
 */
export function scratchDatabaseBefore(label: string, migration: string) {
  const serverUrl = process.env.DATABASE_URL!;
  const name = `lectern_t_${label}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  afterAll(async () => {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  });
  return async function open(): Promise<pg.Client> {
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const client = new pg.Client({ connectionString: withDatabase(serverUrl, name) });
    await client.connect();
    const before = readdirSync(path.join("prisma", "migrations"), { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name < migration)
      .map((d) => d.name)
      .sort();
    for (const earlier of before) await client.query(migrationSql(earlier));
    return client;
  };
}
