import { describe, expect, it } from "vitest";
import { readOneSection } from "../support/one-section";
import { entityDistractors } from "../../lib/import/generate/distractors";
import { entitiesIn } from "../../lib/import/generate/article";

// The tenth review: "Dr _____ led the study" offered people the article never calls Dr, so the title alone gave
// the key away. Made-up text.

const distractorsOf = (text: string, piece: string, key: string) => {
  const a = readOneSection(text);
  const s = a.sentences.find((x) => x.text.includes(piece))!;
  const e = entitiesIn(a, s).find((x) => x.text === key)!;
  return entityDistractors(a, e, s).map((d) => d.text);
};

describe("a person's blank after a title", () => {
  const people =
    "The study was led by Dr Ana Ruiz of Eastbrook University. Her student Tom Hale fixed the sensors. Mayor Rosa Kent welcomed the results. The parents' group chair, Lena Okafor, asked for a second trial. Dr Ruiz said the roof kept the rooms cooler.";

  it("offers only people the article gives the same title, else none", () => {
    expect(distractorsOf(people, "the roof kept", "Ruiz")).toEqual([]);
  });

  it("offers people of the same title when the article has them", () => {
    const more = `${people} Dr Sam Patel and Dr Joan Mbeki reviewed the data for the council.`;
    const options = distractorsOf(more, "the roof kept", "Ruiz");
    expect(options.length).toBeGreaterThanOrEqual(2);
    for (const o of options) expect(["Patel", "Mbeki"]).toContain(o);
  });
});
