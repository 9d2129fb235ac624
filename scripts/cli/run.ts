import { CliError } from "./cli-error";
import { commands, type CliIo } from "./commands";

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

/**
 * Runs the command line `argv` (the words after `npm run cli --`) and resolves with its exit code: 0, 1 for a
 * failure, 2 for a usage mistake. Expected failures are printed as one `error:` line on `io.err`; anything else
 * is a bug and rejects.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.out(usage());
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`Unknown command "${name}".\n\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    io.err(`error: ${error.message}`);
    return error.exitCode;
  }
}
