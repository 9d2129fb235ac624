import type { Db } from "../../lib/db";
import { auditCommand } from "./audit";
import { exportCommand } from "./export";
import { exportQuestionsCommand } from "./export-questions";
import { importCommand } from "./import";
import { importArticleCommand } from "./import-article";
import { importQuestionsCommand } from "./import-questions";
import { makeAdminCommand } from "./make-admin";
import { oneRosterCheckCommand } from "./oneroster-check";
import { oneRosterImportCommand } from "./oneroster-import";
import { tryAnswerCommand } from "./try-answer";

/**
 * What a command reads and writes besides its arguments: `npm run cli` passes the console and the database it
 * prepares (scripts/cli.ts); the integration tests pass their own, so commands run in their process.
 */
export type CliIo = {
  /** Prints a line on standard output. */
  out: (line: string) => void;
  /** Prints a line on standard error. */
  err: (line: string) => void;
  withDatabase: <T>(fn: (db: Db) => Promise<T>) => Promise<T>;
};

export type Command = {
  name: string;
  usage: string;
  summary: string;
  /** Returns the exit code. */
  run: (args: string[], io: CliIo) => Promise<number>;
};

// Each command lives in its own file in this folder and is listed here.
export const commands: Command[] = [
  exportCommand,
  importCommand,
  importArticleCommand,
  importQuestionsCommand,
  exportQuestionsCommand,
  auditCommand,
  tryAnswerCommand,
  makeAdminCommand,
  oneRosterCheckCommand,
  oneRosterImportCommand,
];
