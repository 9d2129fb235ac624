import { describe, expect, it } from "vitest";
import type { Sentence } from "../../lib/import/generate/analysis";
import { readForGeneration } from "../../lib/import/generate/article";
import { causeDraft, causesOf, sectionCauseDrafts } from "../../lib/import/generate/cause-effect";
import { readOneSection } from "../support/one-section";

describe("cause statements that are events the article reports", () => {
  it("takes no claim, speaker's aside, supposition, answer, purpose or instruction as a cause or effect", () => {
    const article = readOneSection(
      [
        "Some historians argue that the weavers gained most, because wages rose by a third.",
        "Now let me turn to the budget, because the figures matter to every family.",
        "If a ticket costs $4 and the cap is $6, nothing happens, because no seller asked more than $6.",
        "The fee is higher than the market price, so yes, the rule bites.",
        "The council will plant trees along one street, so that a bare and a shaded street can be compared next year.",
        "Pick a sheltered corner away from the wind, so seedlings can take root.",
        "The old bridge was closed for repairs, so the school bus took the long road.",
      ].join(" "),
    );
    expect(causesOf(article).map((c) => c.effect)).toEqual(["the school bus took the long road"]);
  });

  it("splits at the connective only when each side is one statement", () => {
    const article = readOneSection(
      [
        "Because few villagers could read, letters were read aloud at the inn, so one letter might reach the whole village.",
        "The rumours led to calls for an inquiry and raised doubts about the mayor.",
        "The dam burst in April, so the lower fields flooded.",
      ].join(" "),
    );
    expect(causesOf(article).map((c) => c.cause)).toEqual(["the dam burst in April"]);
  });
});

describe("cause items' wrong options", () => {
  it("offers no reason that leads to this one's reason: it too led to the effect", () => {
    const article = readOneSection(
      "Land by the river was dear, so the cottages were packed close together. Because the cottages were packed close together, the fire spread quickly. The market moved indoors because the square flooded every spring. The school closed early because the snow lay deep on the hill roads.",
    );
    const causes = causesOf(article);
    const fire = causes.find((c) => c.effect === "the fire spread quickly")!;
    const options = causeDraft(fire, causes)!.question.choices.map((c) => c.text);
    expect(options).not.toContain("Land by the river was dear");
    expect(options).toHaveLength(3);
  });

  it("takes reasons from the item's own section only, and makes no item without two of them", () => {
    const bakery =
      "The bakery moved to Main Street because its old oven cracked beyond repair. The new shop opened in May with a larger counter and two apprentices.";
    const canal =
      "The canal company lost money because the railroad carried freight more cheaply. Traffic fell because ice blocked the locks every winter. The boatyard closed because the river port silted up.";
    const text = `${bakery}\n\n${canal}`;
    const article = readForGeneration({
      title: "The Canal Town",
      byline: "",
      text,
      sections: [
        { heading: "The bakery", start: 0, end: bakery.length },
        { heading: "The canal", start: bakery.length + 2, end: text.length },
      ],
    });
    const causes = causesOf(article);
    const within = (from: number, to: number) => (s: Sentence) => s.start >= from && s.end <= to;
    expect(sectionCauseDrafts(causes, within(0, bakery.length))).toEqual([undefined]);
    const canalItems = sectionCauseDrafts(causes, within(bakery.length + 2, text.length));
    expect(canalItems).toHaveLength(3);
    for (const d of canalItems) {
      const options = d!.question.choices.map((c) => c.text.toLowerCase()).join(" | ");
      expect(options).not.toContain("oven");
    }
  });
});
