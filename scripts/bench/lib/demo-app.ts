import { randomBytes } from "node:crypto";
import { freshDatabase, startScratchServer } from "../../lib/fresh-database";
import { migrateDeploy } from "../../lib/migrate";
import { startNextServer, type NextServer } from "./next-server";

export type DemoApp = NextServer & {
  /** Ids in the demo school the pages are measured on. */
  demo: { assignmentId: string; classId: string; studentId: string };
  stopAll: () => Promise<void>;
};

/**
 * The production build on a fresh database of its own (`lectern_<name>` on an embedded PostgreSQL at
 * BENCH_PG_PORT), with the demo school seeded, as a browser benchmark needs it: the pages people open, with data.
 */
export async function startDemoApp(name: string, port: number): Promise<DemoApp> {
  const server = await startScratchServer(name, Number(process.env.BENCH_PG_PORT ?? 54332), "BENCH_PG_PORT");
  const databaseUrl = await freshDatabase(server.url, `lectern_${name}`);
  migrateDeploy(databaseUrl, true);
  process.env.DATABASE_URL = databaseUrl;
  process.env.NEXTAUTH_SECRET = randomBytes(32).toString("base64url");
  const { db } = await import("../../../lib/db");
  const { seedDemo } = await import("../../../lib/seed/seed-demo");
  const { DEMO_STUDENTS } = await import("../../../lib/seed/demo-accounts");
  await seedDemo(db);
  const assignment = await db.assignment.findFirstOrThrow({ select: { id: true, classId: true } });
  const student = await db.user.findFirstOrThrow({
    where: { username: DEMO_STUDENTS[0]!.username },
    select: { id: true },
  });
  await db.$disconnect();
  const next = await startNextServer(databaseUrl, port, {
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET,
  }).catch(async (error: unknown) => {
    await server.stop(); // PostgreSQL would outlive a server that never started
    throw error;
  });
  return {
    ...next,
    demo: { assignmentId: assignment.id, classId: assignment.classId, studentId: student.id },
    stopAll: async () => {
      await next.stop();
      await server.stop();
    },
  };
}
