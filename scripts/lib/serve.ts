import { ensureAuthSecret } from "./auth-secret";
import { prepareDatabase } from "./database";
import { bin, run, runOrThrow } from "./process";

/** Prepares the database and demo data, then runs Next.js until interrupted, stopping PostgreSQL after it. */
export async function serve(mode: "dev" | "start") {
  const port = process.env.PORT ?? "3000";
  await runOrThrow("prisma generate", bin("prisma"), ["generate"], { quiet: true });
  const where = process.env.DATABASE_URL ? "DATABASE_URL" : "embedded PostgreSQL in .data/postgres";
  const database = await prepareDatabase({ quiet: true });
  ensureAuthSecret();
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  process.env.NEXT_TELEMETRY_DISABLED = "1";

  const { db } = await import("../../lib/db");
  const { seedDemo } = await import("../../lib/seed/seed-demo");
  const { DEMO_CLASS, DEMO_PASSWORD, DEMO_STUDENTS, DEMO_TEACHER } =
    await import("../../lib/seed/demo-accounts");
  const { seededSchool } = await seedDemo(db);
  await db.$disconnect();

  console.log(`
Lectern on http://localhost:${port}  (database: ${where})
${seededSchool ? "Demo data created." : "Existing data kept."} Demo sign-ins (password "${DEMO_PASSWORD}"):
  teacher   ${DEMO_TEACHER.email}
  students  ${DEMO_STUDENTS.map((s) => s.username).join(", ")}   (class code ${DEMO_CLASS.joinCode})
`);

  // Runs until interrupted: run() passes Ctrl-C on to Next.js, and PostgreSQL stops after it.
  const code = await run(bin("next"), [mode, "--port", port]);
  await database.stop();
  process.exit(code);
}
