import { execFileSync, spawn } from "node:child_process";
import path from "node:path";
import { ensureAuthSecret } from "./auth-secret";
import { prepareDatabase } from "./database";

const bin = (name: string) => path.join(process.cwd(), "node_modules", ".bin", name);

/** Prepares the database and demo data, then runs Next.js until interrupted, stopping PostgreSQL after it. */
export async function serve(mode: "dev" | "start") {
  const port = process.env.PORT ?? "3000";
  execFileSync(bin("prisma"), ["generate"], { stdio: "pipe" });
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

  const next = spawn(bin("next"), [mode, "--port", port], { stdio: "inherit", env: process.env });
  const shutdown = () => next.kill("SIGTERM");
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
  next.on("exit", async (code) => {
    await database.stop();
    process.exit(code ?? 0);
  });
}
