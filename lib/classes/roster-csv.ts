import { toCsv } from "../results/csv";

export type RosterExportRow = {
  displayName: string;
  username: string | null;
  joinedAt: Date;
  leftAt: Date | null;
  disabledAt: Date | null;
  lastSignInAt: Date | null;
};

export const ROSTER_CSV_HEADER = [
  "Name",
  "Username",
  "Status",
  "Joined",
  "Left",
  "Last sign-in (UTC)",
] as const;

/** A student's standing in the class: a disabled account says so even while still enrolled. */
export function rosterStatus(row: Pick<RosterExportRow, "leftAt" | "disabledAt">): string {
  if (row.leftAt) return "left the class";
  return row.disabledAt ? "account disabled" : "in the class";
}

// Instants in UTC, to the minute, with their zone named in the header: a spreadsheet reads them as they are.
const utc = (date: Date | null) => (date ? `${date.toISOString().slice(0, 16).replace("T", " ")}` : "");

/**
 * A class roster as CSV (the gradebook's conventions: BOM, CRLF, formula-looking names neutralized): one row per
 * student who was ever in the class; "Last sign-in" is empty for a student who has not signed in since Lectern
 * started recording it.
 */
export function rosterCsv(rows: readonly RosterExportRow[]): string {
  return toCsv(
    ROSTER_CSV_HEADER,
    rows.map((r) => [
      r.displayName,
      r.username,
      rosterStatus(r),
      utc(r.joinedAt),
      utc(r.leftAt),
      utc(r.lastSignInAt),
    ]),
  );
}
