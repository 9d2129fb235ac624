import { importRoster } from "../../lib/rosters/import";
import type { RosterSummary } from "../../lib/rosters/oneroster-diff";
import { CliError } from "./cli-error";
import type { Command } from "./commands";
import { readExportFiles } from "./oneroster-files";
import { parseCliArgs } from "./parse";

const HELP = `Usage: npm run --silent cli -- oneroster-import <zip | folder | files...> [--dry-run] [--json]

Imports a OneRoster 1.1 or 1.2 CSV export into Lectern, as an administrator's "Import roster" page does: creates
or updates teachers, students and classes by sourcedId, enrolls students, makes a class's first teacher its owner
and the others co-teachers, and ends memberships the export no longer lists (their attempts stay). All or nothing,
and a second run of the same export changes nothing. New accounts' one-time passwords are printed once.
--dry-run prints what it would do and writes nothing. --json prints the result as JSON.
Exit code 0 when the export was read (refused rows included), 1 when it was refused, 2 for a usage mistake.`;

export function describeSummary(s: RosterSummary): string {
  return (
    `Users: ${s.users.create} created, ${s.users.update} updated. ` +
    `Classes: ${s.classes.create} created, ${s.classes.update} updated. ` +
    `Memberships: ${s.members.add} added, ${s.members.end} ended. ` +
    `Co-teachers: ${s.coTeachers.add} added, ${s.coTeachers.remove} removed. ` +
    `${s.refused} rows refused.`
  );
}

export const oneRosterImportCommand: Command = {
  name: "oneroster-import",
  usage: "oneroster-import <zip | folder | files...> [--dry-run] [--json]",
  summary: "import a OneRoster CSV export: teachers, students, classes and enrollments by sourcedId",
  async run(args, io) {
    const { values, positionals } = parseCliArgs(
      args,
      { "dry-run": { type: "boolean" }, json: { type: "boolean" }, help: { type: "boolean", short: "h" } },
      HELP,
    );
    if (values.help) {
      io.out(HELP);
      return 0;
    }
    if (positionals.length === 0) throw new CliError(`Give the export's zip, folder or files.\n\n${HELP}`, 2);
    const read = readExportFiles(positionals);
    const result = read.ok
      ? await io.withDatabase(() => importRoster(read.files, { apply: !values["dry-run"], actorId: null }))
      : read;
    if (values.json) io.out(JSON.stringify(result, null, 2));
    if (!result.ok) {
      if (!values.json) for (const e of result.errors) io.err(e);
      throw new CliError("The export was refused: nothing was imported.");
    }
    if (values.json) return 0;
    io.out(
      `${result.applied ? "Imported." : "Dry run, nothing written."} ${describeSummary(result.summary)}`,
    );
    for (const r of result.refused) io.out(`  ${r.file} line ${r.line}: ${r.reason}`);
    if (result.cards.length > 0) {
      io.out(
        "New accounts (their one-time passwords are shown only now; each chooses their own at first sign-in):",
      );
      for (const c of result.cards) io.out(`  ${c.className}\t${c.name}\t${c.username}\t${c.password}`);
    }
    return 0;
  },
};
