/**
 * Lectern's command line: `npm run --silent cli -- <command> [options]`. Uses the same database as
 * `npm run dev` (DATABASE_URL, or the embedded PostgreSQL started on demand). The commands themselves are in
 * cli/ and run through runCli, which tests call in their own process.
 */
import { runCli } from "./cli/run";

const code = await runCli(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  // Loaded on first use: a command that needs no database (audit of a file, --help) starts none.
  withDatabase: async (fn) => (await import("./cli/database-session")).withDatabase(fn),
});
// Exits explicitly, so a connection pool left open cannot keep a finished command waiting.
process.exit(code);
