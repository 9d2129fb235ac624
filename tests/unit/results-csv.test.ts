import { describe, it, expect } from "vitest";
import { neutralizeCell, toCsv, UTF8_BOM } from "../../lib/results/csv";

describe("neutralizeCell", () => {
  it.each(["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx"])("prefixes a quote to %j", (value) => {
    expect(neutralizeCell(value)).toBe(`'${value}`);
  });
  it("leaves ordinary text, numbers and empties alone", () => {
    expect(neutralizeCell("Ana Lopez")).toBe("Ana Lopez");
    expect(neutralizeCell(-5)).toBe("-5");
    expect(neutralizeCell(87.5)).toBe("87.5");
    expect(neutralizeCell(null)).toBe("");
    expect(neutralizeCell(undefined)).toBe("");
  });
});

describe("toCsv", () => {
  it("writes a BOM, a header row and quoted, neutralized cells with CRLF", () => {
    const csv = toCsv(
      ["Student", "Score"],
      [
        ['=HYPERLINK("x")', 90],
        ["Lopez, Ana", null],
      ],
    );
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.slice(1)).toBe(`Student,Score\r\n"'=HYPERLINK(""x"")",90\r\n"Lopez, Ana",\r\n`);
  });
});
