import { describe, expect, it } from "vitest";
import { sectionOf, spokenSections } from "../../components/reading/read-aloud-queue";

describe("sectionOf", () => {
  it("reads the section of a sentence id, and puts text without ids in one section", () => {
    expect(sectionOf("2-5")).toBe("2");
    expect(sectionOf("12-0")).toBe("12");
    expect(sectionOf(undefined)).toBe("0");
    expect(sectionOf("intro")).toBe("intro");
  });
});

describe("spokenSections", () => {
  it("groups the units by section in passage order, each named by its heading", () => {
    const units = [
      { text: "Opening.", section: "0", heading: null },
      { text: "More.", section: "0", heading: null },
      { text: "Trade", section: "1", heading: "Trade" },
      { text: "Tariffs rose.", section: "1", heading: null },
      { text: "Last.", section: "2", heading: null },
    ];
    expect(spokenSections(units)).toEqual([
      { key: "0", label: "Section 1", first: 0, last: 1 },
      { key: "1", label: "Trade", first: 2, last: 3 },
      { key: "2", label: "Section 3", first: 4, last: 4 },
    ]);
    expect(spokenSections([])).toEqual([]);
  });
});
