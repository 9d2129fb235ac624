import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { env } from "./env";

function createClient() {
  const adapter = new PrismaPg({
    connectionString: env.DATABASE_URL,
    max: env.DATABASE_POOL_MAX,
    // Bounded waits: when the database is slow or gone, requests fail fast instead of queueing forever.
    connectionTimeoutMillis: env.DATABASE_POOL_TIMEOUT_MS,
    statement_timeout: env.DATABASE_STATEMENT_TIMEOUT_MS,
    // The client-side bound for a server that stopped answering altogether.
    query_timeout: env.DATABASE_STATEMENT_TIMEOUT_MS + 2000,
    idleTimeoutMillis: 30_000,
  });
  return new PrismaClient({ adapter });
}

export type Db = ReturnType<typeof createClient>;

// One client per process; dev reloads would otherwise open a new pool on every edit.
const globalForDb = globalThis as unknown as { lecternDb?: Db };
export const db: Db = globalForDb.lecternDb ?? createClient();
if (env.NODE_ENV === "development") globalForDb.lecternDb = db;
