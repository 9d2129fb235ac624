import { describe, expect, it } from "vitest";
import { causesOf } from "../../lib/import/generate/cause-effect";
import { readOneSection } from "../support/one-section";

describe("a relative clause's verb is no cause-and-effect connective", () => {
  it("does not split 'the food that causes smells' at 'causes'", () => {
    const article = readOneSection(
      "The food that causes smells will be collected every week in the caddy. The storm which caused the damage moved north overnight. The flood caused the closure of the market.",
    );
    expect(causesOf(article).map((c) => [c.cause, c.effect])).toEqual([
      ["the flood", "the closure of the market"],
    ]);
  });
});
