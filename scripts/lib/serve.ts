import { ensureAuthSecret } from "./auth-secret";
import { prepareDatabase } from "./database";
import type { RunningDatabase } from "./embedded-postgres";
import { bin, run, runOrThrow } from "./process";
import { serverNodeOptions } from "./server-memory";

/**
 * What every way of serving Lectern needs first: the Prisma client, the database (migrated), the session secret
 * and the demo data. Prints where to sign in, at `url`.
 */
export async function prepareApp(url: string): Promise<RunningDatabase> {
  await runOrThrow("prisma generate", bin("prisma"), ["generate"], { quiet: true });
  const where = process.env.DATABASE_URL ? "DATABASE_URL" : "embedded PostgreSQL in .data/postgres";
  const database = await prepareDatabase({ quiet: true });
  ensureAuthSecret();
  process.env.NEXTAUTH_URL ??= url;
  process.env.NEXT_TELEMETRY_DISABLED = "1";

  const { db } = await import("../../lib/db");
  const { seedDemo } = await import("../../lib/seed/seed-demo");
  const { DEMO_CLASS, DEMO_PASSWORD, DEMO_STUDENTS, DEMO_TEACHER } =
    await import("../../lib/seed/demo-accounts");
  const { seededSchool } = await seedDemo(db);
  await db.$disconnect();

  console.log(`
Lectern on ${url}  (database: ${where})
${seededSchool ? "Demo data created." : "Existing data kept."} Demo sign-ins (password "${DEMO_PASSWORD}"):
  teacher   ${DEMO_TEACHER.email}
  students  ${DEMO_STUDENTS.map((s) => s.username).join(", ")}   (class code ${DEMO_CLASS.joinCode})
`);
  return database;
}

/** Prepares the database and demo data, then runs Next.js until interrupted, stopping PostgreSQL after it. */
export async function serve(mode: "dev" | "start") {
  const port = process.env.PORT ?? "3000";
  const database = await prepareApp(`http://localhost:${port}`);
  // Runs until interrupted: run() passes Ctrl-C on to Next.js, and PostgreSQL stops after it.
  // Production servers run with a bounded old generation (server-memory.ts); development keeps V8's default.
  const env = mode === "start" ? { ...process.env, NODE_OPTIONS: serverNodeOptions() } : process.env;
  const code = await run(bin("next"), [mode, "--port", port], { env });
  await database.stop();
  process.exit(code);
}
