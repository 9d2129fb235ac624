import "server-only";
import { z } from "zod";
import { adminListSchema } from "./admin/admin-list-schema";
import { DEFAULT_DATABASE_URL } from "./db-url";

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.url().default(DEFAULT_DATABASE_URL),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  /** How long a page, action or teacher endpoint waits for a connection before it answers with the outage. */
  DATABASE_POOL_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(3000),
  /** PostgreSQL statement_timeout of pages, server actions and the teacher's endpoints (lib/db-pool-config.ts). */
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  /** The same two bounds for autosave and submit, which a student waits on: a few seconds in all. */
  DATABASE_QUIZ_POOL_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(2000),
  DATABASE_QUIZ_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(2000),
  /**
   * How many reverse proxies in front of the app append to X-Forwarded-For; the client address (join-code limits)
   * is the entry the outermost of them added. 0: clients reach Next.js directly.
   */
  LECTERN_TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
  /** School administrators, who approve teachers who sign up (lib/admin); more are made with make-admin. */
  LECTERN_ADMINS: adminListSchema.default([]),
});

const parsed = envSchema.safeParse(process.env);
if (!parsed.success) {
  throw new Error(`Invalid environment: ${z.prettifyError(parsed.error)}`);
}

export const env = parsed.data;
