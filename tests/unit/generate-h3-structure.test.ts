import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyse } from "../../lib/import/generate/analysis";
import { partName } from "../../lib/import/generate/article";
import { answersOneAnother } from "../../lib/import/generate/lesson-keys";
import { generateLessons } from "../../lib/import/generate/lessons";
import type { QuestionInput } from "../../lib/content/schema";
import { readArticle } from "../../lib/import/read-text";

describe("names of a headingless text's parts", () => {
  it("cut after a noun that ends its phrase, not mid-phrase", () => {
    const [s] = analyse("There is also a cost that is harder to measure than lost minutes of class.");
    expect(partName(s!)).toBe("There is also a cost…");
  });

  it("keep a short first sentence whole", () => {
    const [s] = analyse("The deaths shocked the town.");
    expect(partName(s!)).toBe("The deaths shocked the town");
  });
});

describe("items of one lesson that answer one another", () => {
  const item = (prompt: string, key: string, other: string): QuestionInput => ({
    type: "single_choice",
    skill: "detail",
    points: 1,
    prompt,
    explanation: "",
    citation: { text: prompt, start: 0, end: prompt.length },
    choices: [
      { text: key, correct: true },
      { text: other, correct: false },
    ],
    acceptedAnswers: [],
    evidenceOptions: [],
  });

  it("a name key that stands in the other item's stem", () => {
    const who = item(
      '"Finding the valve took all day, according to _____."',
      "Gareth Olumide",
      "Dana Whitcombe",
    );
    const howFar = item('""The maps put the valve _____ meters away," Olumide said."', "nine", "twelve");
    expect(answersOneAnother(who, howFar)).toBe(false);
    const byName = item('"…, according to _____."', "Olumide", "Whitcombe");
    expect(answersOneAnother(byName, howFar)).toBe(true);
  });

  it("a figure key with a currency sign", () => {
    const cost = item('"The lot would cost about _____ to pave."', "$28,000", "$14,000");
    const tf = item("True or false: the lot would cost $28,000 to pave.", "True", "False");
    expect(answersOneAnother(cost, tf)).toBe(true);
  });

  it("the same figure asked twice", () => {
    const a = item('"Seven of the _____ who died lived on Mill Row."', "nine", "twelve");
    const b = item('"A memorial to the _____ people who died was unveiled in 1997."', "nine", "eight");
    expect(answersOneAnother(a, b)).toBe(true);
  });
});

describe("a merged lesson's title", () => {
  it("does not name a section of no sentences that joined it (a list of things needed)", () => {
    const parsed = readArticle(readFileSync("tests/fixtures/articles/howto-compost.md", "utf8"), "markdown");
    const titles = generateLessons(parsed).map((l) => l.title);
    expect(titles.some((t) => t.includes("Setting Up the Bin"))).toBe(true);
    expect(titles.some((t) => t.includes("What You Will Need"))).toBe(false);
  });
});

describe("speaker labels of a transcript", () => {
  it("are no part of the sentence, with a role and a name in brackets after the capitals", () => {
    const sentences = analyse(
      [
        "CHAIR (Dev Raman, organiser): Good evening. First speaker, please.",
        "PROPOSITION, FIRST SPEAKER (Isla Fenwick, Halsey Academy): Thank you. Beavers lived on this river for centuries.",
        "MARLOW: The lamp never went out.",
      ].join("\n"),
    );
    expect(sentences.map((s) => s.text)).toEqual([
      "Good evening.",
      "First speaker, please.",
      "Thank you.",
      "Beavers lived on this river for centuries.",
      "The lamp never went out.",
    ]);
    expect(sentences.some((s) => s.tokens.some((t) => /PROPOSITION|Fenwick|CHAIR/.test(t.text)))).toBe(false);
  });
});
