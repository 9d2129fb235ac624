import { stringify } from "csv-stringify/sync";

/**
 * Pure CSV helpers for exports that Excel and Google Sheets open correctly. No I/O.
 */

/** Excel reads a CSV as the local code page unless it starts with a UTF-8 byte order mark. */
export const UTF8_BOM = "\uFEFF";

/** Leading characters that make spreadsheets evaluate a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Prefixes a single quote to text that would start a formula, so a student named "=HYPERLINK(...)" stays text.
 * Numbers are left alone: a negative score is data, not a formula, and quoting it would turn it into text.
 */
export function neutralizeCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** A whole CSV document: BOM, header row, then one CRLF-terminated line per row, quoted per RFC 4180 by csv-stringify. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
): string {
  const cells = [header, ...rows].map((row) => row.map(neutralizeCell));
  return UTF8_BOM + stringify(cells, { record_delimiter: "windows" });
}
