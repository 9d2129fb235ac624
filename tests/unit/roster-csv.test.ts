import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { ROSTER_CSV_HEADER, rosterCsv, rosterStatus } from "../../lib/classes/roster-csv";

const joined = new Date("2026-09-01T08:30:45Z");

describe("rosterStatus", () => {
  it("says left, disabled or in the class, leaving first", () => {
    expect(rosterStatus({ leftAt: null, disabledAt: null })).toBe("in the class");
    expect(rosterStatus({ leftAt: null, disabledAt: joined })).toBe("account disabled");
    expect(rosterStatus({ leftAt: joined, disabledAt: joined })).toBe("left the class");
  });
});

describe("rosterCsv", () => {
  it("writes one row per student that a CSV reader gets back cell for cell, times in UTC to the minute", () => {
    const csv = rosterCsv([
      {
        displayName: "Lopez, Ana",
        username: "ana.lopez",
        joinedAt: joined,
        leftAt: null,
        disabledAt: null,
        lastSignInAt: new Date("2026-12-07T23:59:59Z"),
      },
      {
        displayName: '=HYPERLINK("x")',
        username: null,
        joinedAt: joined,
        leftAt: new Date("2026-10-02T10:00:00Z"),
        disabledAt: null,
        lastSignInAt: null,
      },
    ]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const rows: string[][] = parse(csv, { bom: true });
    expect(rows).toEqual([
      [...ROSTER_CSV_HEADER],
      ["Lopez, Ana", "ana.lopez", "in the class", "2026-09-01 08:30", "", "2026-12-07 23:59"],
      ['\'=HYPERLINK("x")', "", "left the class", "2026-09-01 08:30", "2026-10-02 10:00", ""],
    ]);
  });

  it("writes only the header for an empty class", () => {
    expect(parse(rosterCsv([]), { bom: true })).toEqual([[...ROSTER_CSV_HEADER]]);
  });
});
