import type { Db } from "../../lib/db";
import type { CliIo } from "../../scripts/cli/commands";
import { runCli } from "../../scripts/cli/run";

/** What a command line printed, as a terminal would show it (each line ended by a newline), and its exit code. */
export type CliRun = { code: number; stdout: string; stderr: string };

/** An io for a command run in this process: it keeps the lines printed, and uses `withDatabase` for data. */
export function capturingIo(withDatabase: CliIo["withDatabase"]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIo = {
    out: (line) => stdout.push(line),
    err: (line) => stderr.push(line),
    withDatabase,
  };
  return { io, stdout, stderr };
}

/**
 * `npm run cli -- <args>` run in this process on `db` (a test file's own database); what it printed comes back with
 * its exit code. tests/integration/cli-process.test.ts runs the real command once as its own process.
 */
export async function runCliInProcess(db: Db, ...args: string[]): Promise<CliRun> {
  const { io, stdout, stderr } = capturingIo((fn) => fn(db));
  const code = await runCli(args, io);
  const text = (lines: string[]) => lines.map((line) => `${line}\n`).join("");
  return { code, stdout: text(stdout), stderr: text(stderr) };
}
