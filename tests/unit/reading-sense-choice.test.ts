import { describe, expect, it } from "vitest";
import { defineInSentence } from "../../lib/language/define";
import { chooseSense } from "../../lib/language/sense-choice";
import { baseForms } from "../../lib/language/word-forms";
import { sensesOf, type Sense } from "../../lib/language/wordnet";

const sense = (definition: string, examples: string[] = []): Sense => ({
  offset: 0,
  pos: "noun",
  lexFile: 0,
  words: [],
  definition,
  examples,
  related: [],
});

describe("chooseSense (simplified Lesk)", () => {
  it("picks the sense whose gloss and examples share most words with the sentence", () => {
    const senses = [
      sense("a financial institution", ["money in the bank"]),
      sense("sloping land beside water"),
    ];
    expect(chooseSense(senses, "bank", "We sat on the sloping bank near the water.")).toBe(senses[1]);
    expect(chooseSense(senses, "bank", "She keeps her money there.")).toBe(senses[0]);
  });

  it("falls back to the most frequent sense (WordNet's first) when nothing is shared, and never counts the word itself", () => {
    const senses = [sense("first sense"), sense("second bank sense")];
    expect(chooseSense(senses, "bank", "The bank was quiet.")).toBe(senses[0]);
    expect(chooseSense([], "bank", "anything")).toBeUndefined();
  });

  it("tells the river bank from the money bank on real WordNet senses", () => {
    const banks = sensesOf("bank", "noun");
    expect(
      chooseSense(banks, "bank", "They had a picnic on the bank of the river and watched the water flow.")
        ?.definition,
    ).toBe("sloping land (especially the slope beside a body of water)");
    expect(
      chooseSense(banks, "bank", "She deposited the money in her savings account at the bank.")?.definition,
    ).toMatch(/^a financial institution/);
  });
});

describe("defineInSentence", () => {
  it("reads the lemma and part of speech the sentence gives the word", () => {
    expect(defineInSentence("emboldened", "The early victory emboldened the rebels.")).toEqual({
      lemma: "embolden",
      partOfSpeech: "verb",
      definition: "give encouragement to",
      example: null,
    });
    expect(defineInSentence("geese", "The geese flew south for the winter.")).toMatchObject({
      lemma: "goose",
      partOfSpeech: "noun",
    });
    const pragmatic = defineInSentence(
      "pragmatic",
      "Trump's perspective was rooted in a pragmatic assessment of the geopolitical landscape.",
    );
    expect(pragmatic).toMatchObject({ partOfSpeech: "adj", definition: "concerned with practical matters" });
    expect(pragmatic?.example).toContain("pragmatic");
  });

  it("answers null for a word WordNet lacks", () => {
    expect(defineInSentence("xyzzy", "Say xyzzy to the cave.")).toBeNull();
  });

  it("tries WordNet's regular base forms", () => {
    expect(baseForms("boxes", "noun")).toEqual(["boxes", "boxe", "box"]);
    expect(baseForms("hoping", "verb")).toEqual(["hoping", "hope", "hop"]);
    expect(baseForms("quickly", "adv")).toEqual(["quickly"]);
  });
});
