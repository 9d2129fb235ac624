import { describe, expect, it } from "vitest";
import { madeUpNumber, notTheirs } from "../../lib/import/generate/feedback";

describe("feedback on a named person who holds no view", () => {
  it("says whose view it is, and quotes nothing the person did not say", () => {
    expect(notTheirs("Vladimir Putin", "Donald Trump")).toBe(
      "The article gives this view to Donald Trump, not to Vladimir Putin.",
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
