import { describe, expect, it } from "vitest";
import { libraryFilterFrom } from "../../lib/content/library-filter";

describe("libraryFilterFrom", () => {
  it("reads a known skill and type", () => {
    expect(libraryFilterFrom({ skill: "inference", type: "evidence" })).toEqual({
      skill: "inference",
      type: "evidence",
    });
  });

  it("treats empty, unknown and missing values as any", () => {
    expect(libraryFilterFrom({ skill: "", type: "essay" })).toEqual({});
    expect(libraryFilterFrom({})).toEqual({});
  });

  it("takes the first of repeated values", () => {
    expect(libraryFilterFrom({ skill: ["detail", "inference"] })).toEqual({ skill: "detail" });
  });
});
