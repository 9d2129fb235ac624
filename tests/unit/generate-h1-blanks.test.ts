import { describe, expect, it } from "vitest";
import { readOneSection } from "../support/one-section";
import { blankTarget } from "../../lib/import/generate/blanks";
import { isArticleSubject, isGenericNoun, isNameFragment } from "../../lib/import/generate/blank-worth";
import { nounsOf } from "../../lib/import/generate/nouns";

// Faults of the seventh independent review in the targets of sentence completions: trivial targets and keys
// known without the passage. Every sentence here is made up for the test.

const one = readOneSection;
type Read = ReturnType<typeof one>;
const sentenceOf = (article: Read, piece: string) => article.sentences.find((s) => s.text.includes(piece))!;
const blankOf = (article: Read, piece: string) =>
  blankTarget(article, sentenceOf(article, piece), nounsOf(article.sentences))?.text;

describe("figures that carry colour, not the point, are not blanked", () => {
  it("a figure inside a quotation", () => {
    const a = one(
      'The village fair opened late on Saturday. One of the stall holders said: "We raised 3,400 pounds in one afternoon, more than we made in the whole of last year." The fair raised 12,300 pounds for the school roof.',
    );
    expect(blankOf(a, "3,400")).toBeUndefined();
  });

  it("a person's age", () => {
    const a = one(
      "The painter moved to the coast in 1950. She died in her studio above the harbour, aged 84, after a short illness.",
    );
    expect(blankOf(a, "aged 84")).not.toBe("84");
  });

  it("a clock time after 'at'", () => {
    const a = one(
      "The warden leads walks on the marsh in summer. She meets her walkers at the car park at eight every morning and takes them out to the birds.",
    );
    expect(blankOf(a, "at eight")).not.toBe("eight");
  });

  it("an ordinal that places a thing, but not one that ranks an event in time", () => {
    const a = one(
      "The blaze began on the fourth floor of the old grain warehouse by the canal. The visitors scored the winner in the 87th minute of the cup tie.",
    );
    expect(blankOf(a, "fourth floor")).not.toBe("fourth");
    expect(blankOf(a, "87th minute")).toBe("87th");
  });

  it("a year that labels a noun", () => {
    const a = one(
      "Claims of fraud in the 2012 mayoral election led the county to order a recount in the eastern wards. The recount finished in 2013.",
    );
    expect(blankOf(a, "mayoral")).not.toBe("2012");
  });

  it("any blank in a list item", () => {
    const a = readOneSection(
      "She patented three devices.\n\n1. The ironing board, patented in 1894, folded flat under a bed.\n\n2. The bread slicer, patented in 1899, guided a long knife.\n\n3. The egg timer, patented in 1905, used sand in a glass.",
    );
    const item = sentenceOf(a, "bread slicer");
    expect(item.listItem).toBe(true);
    expect(blankTarget(a, item, nounsOf(a.sentences))).toBeUndefined();
  });
});

describe("words that are no blank's key", () => {
  it("a word of a longer name", () => {
    const a = one(
      "The plan was welcomed by cyclists. The Royal Cyclists' Union said it supported the plan but wanted wider lanes on the bridge.",
    );
    const s = sentenceOf(a, "supported the plan");
    const union = a.entities.find((e) => e.text === "Union")!;
    expect(isNameFragment(s, union)).toBe(true);
    // The tagger may take the cut word for a surname: after a plural possessive it is still no person's name.
    expect(isNameFragment(s, { ...union, kind: "person" })).toBe(true);
  });

  it("the place the article names most, which a student knows without reading", () => {
    const a = one(
      "Norway has built more electric ferries than any other country. Norway began with one ferry in 2015, and by 2020 Norway ran more than seventy. Engineers from Denmark and Finland visited the yards to learn from Norway. Ministers in Norway expect the rest of the fleet to follow within ten years, said officials in Oslo.",
    );
    expect(blankOf(a, "Engineers from")).not.toBe("Norway");
    expect(blankOf(a, "Ministers in")).not.toBe("Norway");
  });

  it("a name the title gives", () => {
    const b = one(
      "Trade between Chile and Peru grew after the treaty. Ministers from Chile met officials from Peru and Bolivia in Lima.",
      "How Chile Rebuilt Its Trade",
    );
    const at = (text: string) => b.entities.find((e) => e.text === text)!;
    expect(isArticleSubject(b, at("Chile"))).toBe(true);
    expect(isArticleSubject(b, at("Peru"))).toBe(false);
  });

  it("an everyday noun the section's heading does not name", () => {
    expect(isGenericNoun({ text: "lamp", lemma: "lamp" }, "Life at the light")).toBe(true);
    expect(isGenericNoun({ text: "lamp", lemma: "lamp" }, "Oil lamps and gas lamps")).toBe(false);
    expect(isGenericNoun({ text: "lens", lemma: "lens" }, "Life at the light")).toBe(false);
  });
});
