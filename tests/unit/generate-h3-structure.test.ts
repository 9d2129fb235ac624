import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyse } from "../../lib/import/generate/analysis";
import { partName, readForGeneration } from "../../lib/import/generate/article";
import { claimSupportDraft, claimsOf } from "../../lib/import/generate/claim-support";
import { answersOneAnother } from "../../lib/import/generate/lesson-keys";
import { generateLessons } from "../../lib/import/generate/lessons";
import type { QuestionInput } from "../../lib/content/schema";
import { readArticle } from "../../lib/import/read-text";

describe("a point and the sentence that backs it", () => {
  // The sixth review's film review: its praise and criticism were never asked.
  const article = readForGeneration(
    readArticle(
      readFileSync("docs/generator-reviews/2026-12-07-sixth/review-film-salt-road.md", "utf8"),
      "markdown",
    ),
  );
  const works = article.sections.find((s) => s.heading === "What works")!;

  it("finds a paragraph's opening point and a backing sentence that shares none of its words", () => {
    const claim = claimsOf(article, works)[0];
    expect(claim?.point.text).toBe("The first hour of The Salt Road is close to perfect.");
    expect(claim?.support.text).toMatch(/^There is very little music/);
  });

  it("asks for the backing sentence among other sections' sentences that name nothing of the point", () => {
    const draft = claimSupportDraft(article, works, claimsOf(article, works)[0]!)!;
    expect(draft.question.prompt).toContain('"The first hour of The Salt Road is close to perfect."');
    const wrong = draft.question.choices.filter((c) => !c.correct).map((c) => c.text);
    expect(wrong).toHaveLength(2);
    for (const w of wrong) {
      expect(w).not.toMatch(/Salt Road|hour|music/);
      expect(works.sentences.some((s) => s.text === w)).toBe(false);
    }
  });
});

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
