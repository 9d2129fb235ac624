import { describe, expect, it } from "vitest";
import { entitiesIn } from "../../lib/import/generate/article";
import { falseStatements, trueStatement } from "../../lib/import/generate/true-false";
import { isClaimFigure, isEditableFigure } from "../../lib/import/generate/true-false-figures";
import { readOneSection } from "../support/one-section";

// True/false statements after the seventh review (issue 15): no trivial figure edits, statements that read alone,
// no key the article's other sentences contradict, no falseness told by the wording.

const one = readOneSection;
const sentenceOf = (article: ReturnType<typeof one>, piece: string) =>
  article.sentences.find((s) => s.text.includes(piece))!;
const figure = (article: ReturnType<typeof one>, piece: string, text: string) => {
  const s = sentenceOf(article, piece);
  return { s, e: entitiesIn(article, s).find((e) => e.text.includes(text))! };
};

describe("a false statement changes a figure only where it is the sentence's claim", () => {
  it("no edit of a count the sentence does not claim ('in shifts of six', 'two years later', 'a grant of')", () => {
    const a = one(
      "Volunteers cleared the drain through the night in shifts of six with borrowed pumps. The council bought the empty mill in 1988 and opened it as a museum two years later. The choir has received a grant of £90,000 from a music charity to tour next spring.",
    );
    for (const piece of ["shifts of six", "two years later", "grant of"])
      expect(falseStatements(a, sentenceOf(a, piece)).filter((st) => st.how === "number")).toEqual([]);
  });

  it("no edit of a figure after 'above' or 'below' (a bound, not a value)", () => {
    const a = one("A plain glass jar works well for anything above about 3 centimetres of snow.");
    const { s, e } = figure(a, "plain glass jar", "3");
    expect(isEditableFigure(s, e)).toBe(false);
  });

  it("a figure that measures a comparison is the claim ('9 percent less fuel than')", () => {
    const a = one("The running cost of the new boiler was low, about 9 percent less than the old one.");
    const { s, e } = figure(a, "new boiler", "9");
    expect(isClaimFigure(s, e)).toBe(true);
  });

  it("no edit of a span that the sentence dates at both ends ('four years, from 1902 to 1906')", () => {
    const a = one("Ines Farrow spent four years, from 1902 to 1906, building the organ for the chapel.");
    const { s, e } = figure(a, "organ", "four");
    expect(isEditableFigure(s, e)).toBe(false);
  });
});

describe("a statement is understandable alone", () => {
  it("leaves out a fronted phrase that points back ('Despite these complaints,')", () => {
    const a = one(
      "Riders complained about the late buses. Despite these complaints, the county council kept the night route for another year.",
    );
    const t = trueStatement(sentenceOf(a, "Despite these"));
    expect(t.how).toBe("moved");
    expect(t.text).toBe("The county council kept the night route for another year.");
  });

  it("gives no statement from a demonstrative subject, a place 'there' or a count promising what follows", () => {
    const a = one(
      "Melting snow uncovers the darker ice below it. Since the late 1990s, this change has explained most of the speed-up. Engineer Mira Holt inspected the old bus depot in March. She said the damp would not be a problem there for the buses. In most seaside towns, three reasons explain the fall in visitors.",
    );
    for (const piece of ["this change", "a problem there", "three reasons"]) {
      const s = sentenceOf(a, piece);
      expect(trueStatement(s).how).toBe("unread");
      expect(falseStatements(a, s)).toEqual([]);
    }
  });

  it("does not move a fronted phrase that runs into the main clause", () => {
    const a = one("Under the old bridge the river ran 4 metres deep, much deeper than upstream.");
    expect(trueStatement(sentenceOf(a, "Under the old")).text).not.toMatch(/^Much deeper/);
  });
});

describe("no key the article contradicts elsewhere", () => {
  it("never turns a word inside a litotes ('not without its critics')", () => {
    const a = one("The mayor's plan for the harbour was not without its critics in the town.");
    for (const st of falseStatements(a, sentenceOf(a, "not without")))
      expect(st.text).not.toMatch(/supporters/);
  });

  it("gives no view to a side the article also names ('critics' → 'supporters' where supporters speak too)", () => {
    const a = one(
      "The market's critics said the new stalls would hurt the shops on the high street. Its supporters praised the longer opening hours.",
    );
    for (const st of falseStatements(a, sentenceOf(a, "market's critics"))) expect(st.how).not.toBe("side");
  });

  it("does not reverse a comparison inside an open question ('whether A works better than B')", () => {
    const a = one(
      "The real question is whether a citywide ban works better than letting each school decide.",
    );
    for (const st of falseStatements(a, sentenceOf(a, "real question")))
      expect(st.how).not.toBe("comparison");
  });
});

describe("no falseness told by the statement's own wording", () => {
  it("does not turn a comparison that a contrast in the sentence was written for ('but', 'and yet')", () => {
    const a = one(
      "The painter sold more canvases than any other artist in the valley, but her name is now forgotten.",
    );
    for (const st of falseStatements(a, sentenceOf(a, "but her name"))) expect(st.how).not.toBe("comparison");
  });

  it("does not turn one of two coordinated outcomes of the same tone", () => {
    const a = one(
      "The long strike delayed deliveries and weakened trust in the company. In most classes attendance improves, and fewer pupils arrive late.",
    );
    for (const piece of ["long strike", "attendance improves"])
      for (const st of falseStatements(a, sentenceOf(a, piece)))
        expect(st.how).not.toMatch(/direction|comparison/);
  });
});
