import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { ONEROSTER_FILES } from "../../lib/rosters/oneroster-plan";
import { readRosterUpload, type RosterFiles } from "../../lib/rosters/oneroster-upload";
import { CliError } from "./cli-error";

/**
 * A OneRoster export given on the command line, read as the import page reads an upload: a zip, a folder (its
 * files Lectern reads) or the CSV files named.
 */
export function readExportFiles(paths: string[]): RosterFiles {
  const files =
    paths.length === 1 && existsSync(paths[0]!) && statSync(paths[0]!).isDirectory()
      ? readdirSync(paths[0]!)
          .filter((f) => (ONEROSTER_FILES as readonly string[]).includes(f.toLowerCase()))
          .map((f) => path.join(paths[0]!, f))
      : paths;
  return readRosterUpload(
    files.map((file) => {
      if (!existsSync(file)) throw new CliError(`${file} does not exist.`, 2);
      return { name: path.basename(file), bytes: readFileSync(file) };
    }),
  );
}
