import { describe, expect, it } from "vitest";
import { frequencyRank } from "../../lib/import/generate/frequency";
import { americanSpellings } from "../../lib/import/generate/spelling";
import { knownByBase, rareWordsOf, vocabularyDraft } from "../../lib/import/generate/vocabulary";
import { readOneSection } from "../support/one-section";

describe("British spellings in an American word list", () => {
  it("rank as their American form", () => {
    expect(americanSpellings("neighbouring")).toContain("neighboring");
    expect(americanSpellings("organised")).toContain("organized");
    expect(americanSpellings("centres")).toContain("centers");
    expect(americanSpellings("travelling")).toContain("traveling");
    expect(americanSpellings("unploughed")).toContain("unplowed");
    expect(frequencyRank("colour")).toBe(frequencyRank("color"));
    expect(frequencyRank("behaviour")).toBeLessThanOrEqual(frequencyRank("behavior"));
  });

  it("leave a word the list holds as it is", () => {
    expect(frequencyRank("tour")).toBeLessThan(5000);
    expect(americanSpellings("tour")).toEqual([]);
  });
});

describe("words a student reads through a common base", () => {
  it("are not vocabulary targets", () => {
    expect(knownByBase("neighbouring")).toBe(true);
    expect(knownByBase("surprisingly")).toBe(true);
    expect(knownByBase("unlocked")).toBe(true);
  });

  it("leave rare words and new words made by other suffixes", () => {
    expect(knownByBase("reticent")).toBe(false);
    expect(knownByBase("dismissal")).toBe(false);
    expect(knownByBase("multilateral")).toBe(false);
  });
});

describe("a word read through its base", () => {
  const article = readOneSection(
    "The ferry crossed to the neighbouring island, where the reticent keeper lived alone. Critics found the plan deserving of praise, though the council stayed taciturn about its cost. The engineers were also reluctant to speak.",
  );
  const rare = rareWordsOf(article);

  it("gets no vocabulary item of its own", () => {
    const near = rare.find((w) => w.token.text === "neighbouring");
    if (near) expect(vocabularyDraft(near, rare)).toBeUndefined();
    const draft = rare
      .map((w) => vocabularyDraft(w, rare))
      .find((d) => /"neighbouring" mean/.test(d?.question.prompt ?? ""));
    expect(draft).toBeUndefined();
  });
});
