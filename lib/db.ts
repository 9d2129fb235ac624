import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { poolConfig } from "./db-pool-config";
import { env } from "./env";

function createClient() {
  const adapter = new PrismaPg(poolConfig());
  return new PrismaClient({ adapter });
}

export type Db = ReturnType<typeof createClient>;

// One client per process; dev reloads would otherwise open a new pool on every edit.
const globalForDb = globalThis as unknown as { lecternDb?: Db };
export const db: Db = globalForDb.lecternDb ?? createClient();
if (env.NODE_ENV === "development") globalForDb.lecternDb = db;
