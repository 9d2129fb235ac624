import { prepareDatabase } from "../lib/database";

/**
 * Runs `fn` with the Prisma client on the same database as `npm run dev` (DATABASE_URL, or the embedded
 * PostgreSQL, started if needed and stopped afterwards). lib/env reads DATABASE_URL on import, hence the
 * late import.
 */
export async function withDatabase<T>(fn: (db: import("../../lib/db").Db) => Promise<T>): Promise<T> {
  const database = await prepareDatabase({ quiet: true });
  const { db } = await import("../../lib/db");
  try {
    return await fn(db);
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}
