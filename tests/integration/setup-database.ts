import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { withDatabase } from "../../lib/db-url";

// Runs before each test file, before lib/db is imported: the file gets a fresh database copied from the
// migrated template, so no test depends on another's data.
const serverUrl = inject("serverUrl");
const name = `lectern_t_${randomBytes(5).toString("hex")}`;
const admin = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}" TEMPLATE lectern_template`);
await admin.end();
process.env.DATABASE_URL = withDatabase(serverUrl, name);
