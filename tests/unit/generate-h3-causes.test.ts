import { describe, expect, it } from "vitest";
import { causesOf } from "../../lib/import/generate/cause-effect";
import { readOneSection } from "../support/one-section";

describe("cause and effect as whole clauses", () => {
  it("takes no side holding a second cause, an 'or' of two outcomes, or a colon", () => {
    const article = readOneSection(
      "A boat moored by the sea wall rocks less, because the wall breaks the waves, or more, because the waves bounce back off it. The old mill closed because the river silted up. My grandmother says one thing: the river has its own moods, so carry a rope and wait.",
    );
    const causes = causesOf(article);
    expect(causes.map((c) => c.cause)).toEqual(["the river silted up"]);
  });

  it("takes no advice to the reader as an effect", () => {
    const article = readOneSection(
      "The river rises after a storm, so wear boots and keep to the ridge. The river rose after the storm, so the school bus took the long road.",
    );
    expect(causesOf(article).map((c) => c.effect)).toEqual(["the school bus took the long road"]);
  });
});
