import "server-only";
import { sql } from "kysely";
import { isDatabaseUnavailable } from "../errors";
import { pagesDb } from "../sql";
import { isDraining } from "./draining";

export type Readiness = { ready: true } | { ready: false; reason: string };

/**
 * Whether this server should be sent requests: it is not shutting down and its database answers. Unlike the
 * liveness check (/api/health), this costs a round trip to PostgreSQL, so a balancer polls it every few seconds,
 * not per request.
 */
export async function readiness(): Promise<Readiness> {
  if (isDraining()) return { ready: false, reason: "This server is shutting down." };
  try {
    await sql`SELECT 1`.execute(pagesDb);
    return { ready: true };
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { ready: false, reason: "The database is unavailable." };
    throw error;
  }
}
