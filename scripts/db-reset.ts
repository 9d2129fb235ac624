import { existsSync, rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { createInterface } from "node:readline/promises";
import { EMBEDDED_PORT } from "../lib/db-url";

/**
 * `npm run db:reset [-- --yes]`: deletes the embedded PostgreSQL's data folder so the next `npm run dev` starts
 * over with a fresh database and the demo data. Asks first, since everything stored locally goes with it.
 */
const dir = path.join(process.cwd(), ".data", "postgres");
const yes = process.argv.slice(2).some((a) => a === "--yes" || a === "-y");

function fail(message: string): never {
  console.error(`Lectern: ${message}`);
  process.exit(2);
}

const listening = await new Promise<boolean>((resolve) => {
  const socket = net.connect(EMBEDDED_PORT, "127.0.0.1");
  socket.once("connect", () => (socket.destroy(), resolve(true)));
  socket.once("error", () => resolve(false));
});

if (process.env.DATABASE_URL) {
  fail(
    "DATABASE_URL is set, so Lectern's data is on your own server, which db:reset never touches: drop and " +
      "create that database there, then run `npm run db:migrate`.",
  );
}
if (!existsSync(dir)) {
  console.log(`Nothing to reset: ${dir} does not exist. \`npm run dev\` creates it.`);
  process.exit(0);
}
if (listening) {
  fail(`a server is listening on port ${EMBEDDED_PORT}: stop \`npm run dev\` (Ctrl+C) first, then reset.`);
}
if (!yes) {
  if (!process.stdin.isTTY) fail("db:reset asks before deleting; without a terminal, confirm with --yes.");
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await prompt.question(
    `This deletes ${dir}: every class, lesson, student and score stored locally.\nType "yes" to delete it: `,
  );
  prompt.close();
  if (answer.trim().toLowerCase() !== "yes") {
    console.log("Nothing deleted.");
    process.exit(0);
  }
}
try {
  rmSync(dir, { recursive: true, force: true });
  rmSync(`${dir}-start.log`, { force: true });
} catch (error) {
  fail(
    `could not delete ${dir} (${(error as NodeJS.ErrnoException).code}): delete it as the user who owns it.`,
  );
}
console.log(`Deleted ${dir}. The next \`npm run dev\` creates a fresh database with the demo data.`);
