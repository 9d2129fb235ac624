import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { markDatabaseOutage } from "./database-outage";
import { pool } from "./db-pool";
import { env } from "./env";

function createClient(): PrismaClient {
  // Prisma takes its connections from the pages' pool (lib/db-pool.ts) rather than opening a pool of its own. Its
  // statements reach the pool's client as query objects, which that client leaves unprepared: they never take
  // places in its per-connection prepared-statement cache. The adapter neither ends nor replaces the pool.
  const adapter = new PrismaPg(pool);
  const client = new PrismaClient({ adapter }).$extends({
    // Prisma builds its own error from the driver's, so an outage is marked here, after that, for the error page.
    query: {
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (error) {
          throw markDatabaseOutage(error);
        }
      },
    },
  });
  // A query extension changes no method, only what runs around each one; the client keeps its own type so that
  // its transactions still pass as Prisma.TransactionClient, which the extended type's generics do not.
  return client as unknown as PrismaClient;
}

export type Db = PrismaClient;

// One client per process; dev reloads would otherwise open a new pool on every edit.
const globalForDb = globalThis as unknown as { lecternDb?: Db };
export const db: Db = globalForDb.lecternDb ?? createClient();
if (env.NODE_ENV === "development") globalForDb.lecternDb = db;
