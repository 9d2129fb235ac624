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

/** Quotes a cell per RFC 4180 when it holds a comma, quote or line break. */
function quoteCell(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** A whole CSV document: BOM, header row, then one line per row, CRLF-separated as RFC 4180 asks. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
): string {
  const lines = [header, ...rows].map((row) => row.map((cell) => quoteCell(neutralizeCell(cell))).join(","));
  return UTF8_BOM + lines.join("\r\n") + "\r\n";
}
