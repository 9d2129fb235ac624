import { planRosterImport } from "../../lib/rosters/oneroster-plan";
import { CliError } from "./cli-error";
import type { Command } from "./commands";
import { readExportFiles } from "./oneroster-files";
import { parseCliArgs } from "./parse";

const HELP = `Usage: npm run --silent cli -- oneroster-check <zip | folder | users.csv classes.csv enrollments.csv [roles.csv]> [--json]

Reads a OneRoster 1.1 or 1.2 CSV export (its zip, the unzipped folder, or its files) and prints what an import would do:
the classes, teachers and students it would create or update by sourcedId, the enrollments it would add and end,
and every row it refuses, with its file, line and reason. Writes nothing. Columns Lectern does not read are
ignored; a missing file or required column refuses the whole export.
Exit code 0 when the export was read (refused rows included), 1 when it was refused, 2 for a usage mistake.`;

export const oneRosterCheckCommand: Command = {
  name: "oneroster-check",
  usage: "oneroster-check <zip | folder | files...> [--json]",
  summary: "read a OneRoster CSV export and print what an import would do (writes nothing)",
  async run(args, io) {
    const { values, positionals } = parseCliArgs(
      args,
      { json: { type: "boolean" }, help: { type: "boolean", short: "h" } },
      HELP,
    );
    if (values.help) {
      io.out(HELP);
      return 0;
    }
    if (positionals.length === 0) throw new CliError(`Give the export's folder or its files.\n\n${HELP}`, 2);
    const read = readExportFiles(positionals);
    const plan = read.ok ? planRosterImport(read.files) : read;
    if (values.json) io.out(JSON.stringify(plan, null, 2));
    if (!plan.ok) {
      if (!values.json) for (const e of plan.errors) io.err(e);
      throw new CliError("The export was refused: nothing would be imported.");
    }
    if (!values.json) {
      const teachers = plan.users.filter((u) => u.role === "teacher").length;
      io.out(
        `${plan.classes.length} classes, ${teachers} teachers, ${plan.users.length - teachers} students, ` +
          `${plan.enrollments.length} enrollments to add, ${plan.ended.length} to end, ${plan.refused.length} rows refused.`,
      );
      for (const r of plan.refused) io.out(`  ${r.file} line ${r.line}: ${r.reason}`);
    }
    return 0;
  },
};
