import { describe, expect, it } from "vitest";
import { lowerFirst } from "../../lib/import/generate/text";

// A statement is set after "according to the article,": its first word loses its capital unless a name needs it.
// The tenth review found "according to the article, professor Osei agreed…".
describe("lowerFirst", () => {
  it("lower-cases an ordinary first word", () => {
    expect(lowerFirst("The council voted on Monday.")).toBe("the council voted on Monday.");
  });
  it("keeps a title before a name, with or without its full stop", () => {
    expect(lowerFirst("Professor Osei agreed that the figures were hard to dismiss.")).toBe(
      "Professor Osei agreed that the figures were hard to dismiss.",
    );
    expect(lowerFirst("Dr. Reyes said the roof cooled the rooms.")).toBe(
      "Dr. Reyes said the roof cooled the rooms.",
    );
  });
  it("but lower-cases a title word that names no one", () => {
    expect(lowerFirst("Professors at the college disagreed.")).toBe("professors at the college disagreed.");
  });
});
