import { describe, expect, it } from "vitest";
import { otherHolder } from "../../lib/import/generate/feedback";
import { givesFigure } from "../../lib/import/generate/figure-given";

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

describe("whether the article gives a figure", () => {
  it("finds a number word opening a sentence and the same number in digits", () => {
    const text = "Eleven boats left the harbour. Seven of the twelve came back before dark.";
    expect(givesFigure(text, "seven")).toBe(true);
    expect(givesFigure(text, "7")).toBe(true);
    expect(givesFigure("The crew of 11 rowed home.", "eleven")).toBe(true);
    expect(givesFigure(text, "six")).toBe(false);
    expect(givesFigure("The crew of 110 rowed home.", "11")).toBe(false);
  });
});
