import { describe, expect, it } from "vitest";
import { readForGeneration } from "../../lib/import/generate/article";
import { acrossSections, keyStandsOut } from "../../lib/import/generate/overview-statements";
import { readOneSection } from "../support/one-section";

describe("the overview's 'which statement is true' key", () => {
  it("stands out when every wrong option carries a name or a figure it lacks", () => {
    const article = readOneSection(
      "Councillor Mira Hoskins said the new bridge would cost $450,000. The ferry company charges $12 for a return ticket. Walkers say the river path is the prettiest part of the valley. Ravi Patel, a boatbuilder, repaired the old jetty in 2019.",
    );
    const [money, fare, path, jetty] = article.sentences;
    expect(keyStandsOut(article, path!, [money!, fare!])).toBe(true);
    expect(keyStandsOut(article, jetty!, [money!, fare!])).toBe(false);
  });

  it("is never a sentence counting against others named before it", () => {
    const sections = [
      "Toll Road\nThe toll road opened in 1998 and carries about 9,000 cars each day.",
      "The Fees\nA single crossing costs $4, and a monthly pass costs $55 for local drivers.",
      "Repairs\nThe bridge deck was repaired in 2016 at a cost of $2 million by the county.",
      "The Vote\nThe other three board members have not said how they will vote on the plan.",
    ];
    const text = sections.join("\n\n");
    let at = 0;
    const article = readForGeneration({
      title: "Tolls",
      byline: "",
      text,
      sections: sections.map((s) => {
        const start = text.indexOf(s, at);
        at = start + s.length;
        return { heading: s.split("\n")[0]!, start, end: at };
      }),
    });
    for (let seed = 1; seed < 60; seed++) {
      let n = seed;
      const random = () => (n = (n * 9301 + 49297) % 233280) / 233280;
      const d = acrossSections(article, article.sections, new Set(), random);
      const key = d?.question.choices.find((c) => c.correct)?.text;
      expect(key ?? "").not.toMatch(/^The other/);
    }
  });
});
