import { makeAdmin } from "../../lib/admin/make-admin";
import { CliError } from "./cli-error";
import type { Command } from "./commands";
import { parseCliArgs } from "./parse";

const HELP = `Usage: npm run --silent cli -- make-admin <username-or-email>

Makes that teacher a school administrator, who approves teachers who sign up, disables teachers' accounts and
resets their passwords on /teacher/admin; it approves them too. Students cannot be administrators. LECTERN_ADMINS
names administrators without storing them.`;

export const makeAdminCommand: Command = {
  name: "make-admin",
  usage: "make-admin <username-or-email>",
  summary: "make a teacher a school administrator, who approves teachers",
  async run(args, io) {
    const { values, positionals } = parseCliArgs(args, { help: { type: "boolean", short: "h" } }, HELP);
    if (values.help) {
      io.out(HELP);
      return 0;
    }
    if (positionals.length !== 1) throw new CliError(`Give one username or email.\n\n${HELP}`, 2);
    const name = positionals[0]!;
    const result = await io.withDatabase((db) => makeAdmin(db, name));
    if (!result.ok) {
      throw new CliError(
        result.reason === "student"
          ? `${name} is a student: only teachers can be administrators.`
          : `No account has the username or email ${name}.`,
      );
    }
    io.out(`${result.displayName} (${result.login}) is now a school administrator.`);
    return 0;
  },
};
