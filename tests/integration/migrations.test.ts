import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withDatabase } from "../../lib/db-url";

const PRISMA = path.join(process.cwd(), "node_modules", ".bin", "prisma");
const testDbUrl = process.env.DATABASE_URL!;
// Named like the per-file databases so the global teardown drops it even if this file crashes.
const fromSchemaDb = `lectern_t_schema_${randomBytes(4).toString("hex")}`;

/** Everything of the public schema that a migration defines, as sorted, comparable text. */
async function catalog(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const q = async (sql: string) => (await client.query<{ line: string }>(sql)).rows.map((r) => r.line);
    return {
      tables: await q(`SELECT table_name::text AS line FROM information_schema.tables
        WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY 1`),
      columns: await q(`SELECT concat_ws(' | ', table_name, column_name, data_type, udt_name,
          character_maximum_length, numeric_precision, datetime_precision, is_nullable, column_default) AS line
        FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY 1`),
      indexes: await q(`SELECT indexdef AS line FROM pg_indexes
        WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`),
      constraints: await q(`SELECT concat_ws(' | ', c.conrelid::regclass::text, c.conname, c.contype,
          pg_get_constraintdef(c.oid)) AS line
        FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace JOIN pg_class r ON r.oid = c.conrelid
        WHERE n.nspname = 'public' AND r.relname <> '_prisma_migrations'
        ORDER BY 1`),
      enums:
        await q(`SELECT t.typname || ': ' || string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder) AS line
        FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname = 'public' GROUP BY t.typname ORDER BY 1`),
    };
  } finally {
    await client.end();
  }
}

describe("committed migrations", () => {
  const admin = new pg.Client({ connectionString: withDatabase(testDbUrl, "postgres") });

  beforeAll(async () => {
    await admin.connect();
    await admin.query(`CREATE DATABASE "${fromSchemaDb}"`);
    const script = execFileSync(
      PRISMA,
      ["migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
      {
        env: {
          ...process.env,
          DATABASE_URL: withDatabase(testDbUrl, "postgres"),
          PRISMA_HIDE_UPDATE_MESSAGE: "1",
        },
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    expect(script).toMatch(/CREATE TABLE "User"/);
    const target = new pg.Client({ connectionString: withDatabase(testDbUrl, fromSchemaDb) });
    await target.connect();
    await target.query(script);
    await target.end();
  });

  afterAll(async () => {
    await admin.query(`DROP DATABASE IF EXISTS "${fromSchemaDb}" WITH (FORCE)`);
    await admin.end();
  });

  it("produce exactly the tables, columns, indexes, constraints and enums schema.prisma describes", async () => {
    const fromSchema = await catalog(withDatabase(testDbUrl, fromSchemaDb));
    const migrated = await catalog(testDbUrl);
    // Guard against comparing two empty catalogs.
    expect(fromSchema.tables).toContain("User");
    expect(fromSchema.enums.length).toBeGreaterThan(0);
    expect(fromSchema.indexes.length).toBeGreaterThan(10);
    expect(migrated.tables).toEqual(fromSchema.tables);
    expect(migrated.columns).toEqual(fromSchema.columns);
    expect(migrated.indexes).toEqual(fromSchema.indexes);
    expect(migrated.constraints).toEqual(fromSchema.constraints);
    expect(migrated.enums).toEqual(fromSchema.enums);
  });

  it("were all applied to the test database", async () => {
    const client = new pg.Client({ connectionString: testDbUrl });
    await client.connect();
    const { rows } = await client.query<{ name: string; finished: boolean }>(
      `SELECT migration_name AS name, finished_at IS NOT NULL AND rolled_back_at IS NULL AS finished
       FROM _prisma_migrations ORDER BY migration_name`,
    );
    await client.end();
    const { readdirSync } = await import("node:fs");
    const committed = readdirSync(path.join("prisma", "migrations"), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(rows.map((r) => r.name)).toEqual(committed);
    expect(rows.every((r) => r.finished)).toBe(true);
  });
});
