import { prepareDatabase } from "./lib/database";

// `npm run db:migrate` applies migrations; `npm run db:seed` also adds the demo data when it is missing.
const task = process.argv[2];
if (task !== "migrate" && task !== "seed") {
  console.error("Usage: tsx scripts/db-task.ts migrate|seed");
  process.exit(2);
}
const database = await prepareDatabase();
try {
  if (task === "seed") {
    const { db } = await import("../lib/db");
    const { seedDemo } = await import("../lib/seed/seed-demo");
    const { seededSchool } = await seedDemo(db);
    console.log(
      seededSchool ? "Demo content and school created." : "Demo content ensured; existing users kept.",
    );
    await db.$disconnect();
  }
} finally {
  await database.stop();
}
