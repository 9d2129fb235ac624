import { describe, expect, it } from "vitest";
import { datedAtBothEnds, isTrivialFigure } from "../../lib/import/generate/blank-worth";
import { nounDistractors } from "../../lib/import/generate/noun-distractors";
import { nounsOf } from "../../lib/import/generate/nouns";
import { FIRST_PERSON } from "../../lib/import/generate/text";
import { readOneSection } from "../support/one-section";

// Rules a code review after the ninth review found repeated or too loose. Every sentence here is made up for the
// test.

describe("a sentence in the first or second person", () => {
  it("is the writer's or the reader's ('our', 'you'), not a sentence about a mine", () => {
    expect(FIRST_PERSON.test("Our town voted to keep the library open.")).toBe(true);
    expect(FIRST_PERSON.test("You can see the tower from the ferry.")).toBe(true);
    expect(FIRST_PERSON.test("The copper mine closed after the strike of 1921.")).toBe(false);
  });
});

const spanIn = (text: string) => {
  const article = readOneSection(text);
  const s = article.sentences[0]!;
  const span = article.entities.find((e) => e.kind === "duration")!;
  return { s, span };
};

describe("a span the sentence dates at both ends", () => {
  it.each([
    "Ada Voss spent six years, from 1874 to 1880, designing a loom that read a paper roll.",
    "Ada Voss spent six years, between 1874 and 1880, designing a loom that read a paper roll.",
    "Ada Voss spent six years (1874–1880) designing a loom that read a paper roll.",
    "Ada Voss spent six years (1874-1880) designing a loom that read a paper roll.",
    "Ada Voss spent six years, 1874 to 1880, designing a loom that read a paper roll.",
  ])("is dated by a span's wording: %s", (text) => {
    const { s, span } = spanIn(text);
    expect(span.text).toBe("six years");
    expect(datedAtBothEnds(s, span)).toBe(true);
  });

  it("is not dated by two years that bound no span ('opened in 1874 … closed in 1930')", () => {
    const { s, span } = spanIn(
      "Ada Voss spent six years at the mill, which opened in 1874 and closed in 1930.",
    );
    expect(span.text).toBe("six years");
    expect(datedAtBothEnds(s, span)).toBe(false);
    expect(isTrivialFigure(s, span)).toBe(false);
  });
});

describe("a noun option the article's title names", () => {
  const sentence = "Researchers link the losses to parasites, poor food and farm chemicals.";
  const optionsUnder = (title: string) => {
    const article = readOneSection(
      `${sentence} The mites ride between hives on ants. Farmers in the valley keep honeybees and sell their honey.`,
      title,
    );
    const nouns = nounsOf(article.sentences);
    const key = nouns.find((n) => n.lemma === "parasite")!;
    return nounDistractors(article, key, nouns, article.sentences[0]!).map((d) => d.text);
  };

  it("is left out when a word of the title is the noun", () => {
    expect(optionsUnder("Why Honeybees Are Dying")).not.toContain("honeybees");
  });

  it("is kept when the noun is only part of a title's word ('ants' in 'Important')", () => {
    expect(optionsUnder("An Important Warning for Farmers")).toContain("ants");
    expect(optionsUnder("An Important Warning for Ants")).not.toContain("ants");
  });
});
