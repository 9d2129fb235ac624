import { auditCommand } from "./audit";
import { exportCommand } from "./export";
import { importCommand } from "./import";
import { importArticleCommand } from "./import-article";
import { makeAdminCommand } from "./make-admin";
import { tryAnswerCommand } from "./try-answer";

export type Command = {
  name: string;
  usage: string;
  summary: string;
  /** Returns the exit code. */
  run: (args: string[]) => Promise<number>;
};

// Each command lives in its own file in this folder and is listed here.
export const commands: Command[] = [
  exportCommand,
  importCommand,
  importArticleCommand,
  auditCommand,
  tryAnswerCommand,
  makeAdminCommand,
];
