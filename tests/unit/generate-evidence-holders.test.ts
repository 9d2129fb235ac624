import { describe, expect, it } from "vitest";
import { viewsOf } from "../../lib/import/generate/perspective";
import { readOneSection } from "../support/one-section";

// The tenth review's broken who-holds item offered "Surveys" as the holder of a worked example's figure.
describe("evidence is no holder of a view", () => {
  it("surveys, studies and data suggest; people and groups argue", () => {
    const a = readOneSection(
      [
        "Surveys suggest that quantity demanded rises to 46,000 apartments at the lower price.",
        "Studies suggest that most tenants stay in controlled flats for many more years.",
        "Landlords argue that rent control leaves buildings without the money for repairs.",
        "Dr Amara Okafor argues that moving costs a family its school, its job and its friends.",
      ].join(" "),
    );
    const holders = viewsOf(a).map((v) => v.holder.toLowerCase());
    expect(holders).not.toContain("surveys");
    expect(holders).not.toContain("studies");
    expect(holders).toContain("landlords");
    expect(holders.some((h) => h.includes("okafor"))).toBe(true);
  });
});
