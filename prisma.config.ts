import path from "node:path";
import { defineConfig } from "prisma/config";
// The CLI's migration adapter is pinned to 7.10.1: adapter-pg 6.19 cannot deserialize PostgreSQL's `name`
// column type, which `migrate deploy` reads (prisma/orm#27403). The runtime client keeps 6.19.3's own adapter.
import { PrismaPg } from "@prisma/adapter-pg-migrate";
import { connectionFields, DEFAULT_DATABASE_URL } from "./lib/db-url";

// Prisma reads DATABASE_URL from schema.prisma; without it the CLI falls back to downloading an engine.
process.env.DATABASE_URL ??= DEFAULT_DATABASE_URL;

export default defineConfig({
  experimental: { adapter: true },
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  engine: "js",
  // Discrete fields, not a connection string: the 7.x adapter would give the shadow database the main one's name.
  adapter: async () => new PrismaPg(connectionFields(process.env.DATABASE_URL!)),
});
