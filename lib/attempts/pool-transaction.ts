import "server-only";
import type { Pool, PoolClient } from "pg";
import { markDatabaseOutage } from "../database-outage";
import { pool } from "../db-pool";
import { isDatabaseUnavailable } from "../errors";

/**
 * Runs `fn` in a transaction on one connection of `on` (the pages' pool unless a path has its own); rolls back
 * when it throws.
 */
export async function inTransaction<T>(fn: (client: PoolClient) => Promise<T>, on: Pool = pool): Promise<T> {
  const client = await on.connect();
  let broken = false;
  try {
    await client.query("BEGIN");
    const result = await fn(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    if (isDatabaseUnavailable(error)) {
      // A server that stopped answering would hold a ROLLBACK for a whole read timeout more: the connection is
      // dropped instead, and PostgreSQL rolls back a transaction whose connection is gone.
      broken = true;
      throw markDatabaseOutage(error);
    }
    // A connection that cannot even roll back is dropped rather than returned to the pool.
    await client.query("ROLLBACK").catch(() => (broken = true));
    throw error;
  } finally {
    client.release(broken);
  }
}
