/**
 * Lectern's command line: `npm run --silent cli -- <command> [options]`. Uses the same database as
 * `npm run dev` (DATABASE_URL, or the embedded PostgreSQL started on demand).
 */
import { commands } from "./cli/commands";
import { CliError } from "./cli/cli-error";

function usage(): string {
  const width = Math.max(...commands.map((c) => c.usage.length));
  return [
    "Usage: npm run --silent cli -- <command> [options]",
    "",
    "Commands:",
    ...commands.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    "",
    "Run a command with --help for its options.",
  ].join("\n");
}

const [name, ...args] = process.argv.slice(2);
if (!name || name === "--help" || name === "-h" || name === "help") {
  console.log(usage());
  process.exit(name ? 0 : 2);
}
const command = commands.find((c) => c.name === name);
if (!command) {
  console.error(`Unknown command "${name}".\n\n${usage()}`);
  process.exit(2);
}
// Exits explicitly, so a connection pool left open cannot keep a finished command waiting.
try {
  process.exit(await command.run(args));
} catch (error) {
  if (!(error instanceof CliError)) throw error;
  console.error(`error: ${error.message}`);
  process.exit(error.exitCode);
}
