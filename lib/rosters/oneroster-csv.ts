import { parse } from "csv-parse/sync";

/** One data row of a OneRoster CSV file: its line in the file and its cells by (lower-cased) column name. */
export type CsvRow = { line: number; cells: Record<string, string> };

export type CsvTable = { ok: true; rows: CsvRow[] } | { ok: false; reason: string };

/**
 * A OneRoster CSV file's rows. The header names the columns, in any order and any case; columns Lectern does not
 * read are ignored, and a missing `required` column refuses the whole file, naming it. A byte-order mark, CRLF
 * line ends and quoted cells (commas, quotes and line breaks inside) are read as RFC 4180 says. A row with more
 * or fewer cells than the header is kept: its missing cells are empty, and the row checks say what is missing.
 */
export function readCsvTable(file: string, text: string, required: readonly string[]): CsvTable {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // Line ends made LF first, so a CRLF inside a quoted cell counts as one line like any other.
    records = parse(text.replace(/\r\n?/g, "\n"), {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const where = (error as { lines?: number }).lines;
    return {
      ok: false,
      reason: `${file}${where ? `, line ${where}` : ""}: not a CSV file (${(error as Error).message})`,
    };
  }
  const [header, ...data] = records;
  if (!header) return { ok: false, reason: `${file} is empty: it needs a header row.` };
  const names = header.record.map((name) => name.toLowerCase());
  const missing = required.filter((column) => !names.includes(column.toLowerCase()));
  if (missing.length > 0)
    return {
      ok: false,
      reason: `${file} has no ${missing.map((m) => `"${m}"`).join(", ")} column${missing.length === 1 ? "" : "s"} (its header row is line 1).`,
    };
  return {
    ok: true,
    rows: data.map(({ record, info }) => ({
      // csv-parse counts lines up to a record's end; a quoted line break inside it moves its first line back.
      line: info.lines - record.join("").split("\n").length + 1,
      cells: Object.fromEntries(names.map((name, i) => [name, record[i] ?? ""])),
    })),
  };
}
