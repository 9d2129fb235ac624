import { describe, expect, it } from "vitest";
import { madeUpNumber, otherHolder } from "../../lib/import/generate/feedback";

describe("feedback on another holder of a view", () => {
  it("keeps a name ending in s singular, and a group word plural", () => {
    expect(otherHolder("Marcus Bellows", "He said the pier was safe.")).toBe(
      'In the article Marcus Bellows says something else: "He said the pier was safe."',
    );
    expect(otherHolder("farmers", "They wanted a new road")).toBe(
      'In the article farmers say something else: "They wanted a new road".',
    );
  });
});

describe("feedback on a made-up figure", () => {
  it("says only that this sentence gives another figure, which holds wherever else the article uses it", () => {
    expect(madeUpNumber("seven", "four")).toBe(
      "The article gives no figure of seven for this; the figure in this sentence is four.",
    );
  });
});
