import { describe, expect, it } from "vitest";
import type { QuestionInput } from "../../lib/content/schema";
import { readOneSection } from "../support/one-section";
import { entityDistractors } from "../../lib/import/generate/distractors";
import { nounDistractors } from "../../lib/import/generate/noun-distractors";
import { nounsOf } from "../../lib/import/generate/nouns";
import { answersOneAnother } from "../../lib/import/generate/lesson-keys";
import { articleNow, keepsTimeSense, percentFits } from "../../lib/import/generate/option-fit";

// Faults of the seventh independent review in the options of sentence completions (options a student sets aside
// at sight) and in keys another item of the lesson prints. Every sentence here is made up for the test.

const one = readOneSection;
type Read = ReturnType<typeof one>;
const sentenceOf = (article: Read, piece: string) => article.sentences.find((s) => s.text.includes(piece))!;

describe("options a student sets aside at sight", () => {
  it("no percentage near 100 or 0 beside a key far from it", () => {
    expect(percentFits(58, 99)).toBe(false);
    expect(percentFits(71, 3)).toBe(false);
    expect(percentFits(58, 81)).toBe(true);
    expect(percentFits(93, 98)).toBe(true);
  });

  it("a year option on the key's side of the article's present", () => {
    const a = one(
      "The pool was closed after its roof leaked in 2021. Swimmers protested at the town hall in 2023. The council has voted to rebuild it, and the new pool will open in 2027.",
    );
    expect(articleNow(a)).toBe(2023);
    expect(keepsTimeSense(a, "2021", "2027")).toBe(false);
    expect(keepsTimeSense(a, "2021", "2018")).toBe(true);
    expect(keepsTimeSense(a, "until 2027", "until 2019")).toBe(false);
    expect(keepsTimeSense(a, "until 2027", "until 2029")).toBe(true);
  });

  it("no surname option that is no person's surname", () => {
    const a = one(
      'Sarah Hughes runs the island\'s only bakery. The ovens reach 250 degrees Celsius by dawn. Hughes said the ferry brings flour twice a week. Her neighbour Tom Haldane disagreed. "The ferry is always late," Haldane said.',
    );
    const key = a.entities.find((e) => e.text === "Haldane")!;
    const options = entityDistractors(a, key, sentenceOf(a, "always late")).map((d) => d.text);
    expect(options).not.toContain("Celsius");
  });
  it("no noun option that is the article's subject", () => {
    const c = one(
      "Researchers link the losses to parasites, poor food and farm chemicals. Farmers in the valley keep honeybees and sell their honey. Gardeners welcome insects in spring.",
      "Why Honeybees Are Dying",
    );
    const nouns = nounsOf(c.sentences);
    const key = nouns.find((n) => n.lemma === "parasite")!;
    const options = nounDistractors(c, key, nouns, sentenceOf(c, "link the losses")).map((d) => d.text);
    expect(options).not.toContain("honeybees");
  });

  it("a surname key takes first the people the article calls by surname alone", () => {
    const a = one(
      'Councillor Peter Lowry opened the meeting. The pier needs repairs, Lowry said. Councillor Tom Haldane runs the island\'s only bakery. Councillor Dana Whitcombe agreed with him. "The ferry is always late," Haldane said.',
    );
    const key = a.entities.find((e) => e.text === "Haldane")!;
    const options = entityDistractors(a, key, sentenceOf(a, "always late"), 1).map((d) => d.text);
    expect(options).toEqual(["Lowry"]);
  });
});

describe("a blank another item of the lesson prints the answer to", () => {
  const closed = (type: QuestionInput["type"], prompt: string, right: string[], wrong: string[]) =>
    ({
      type,
      skill: "detail",
      points: 1,
      prompt,
      explanation: "",
      citation: { text: prompt, start: 0, end: prompt.length },
      choices: [
        ...right.map((text) => ({ text, correct: true })),
        ...wrong.map((text) => ({ text, correct: false })),
      ],
      acceptedAnswers: [],
      evidenceOptions: [],
    }) as QuestionInput;

  it("a year printed in an ordering item's steps", () => {
    const order = closed(
      "ordering",
      "Put these steps in the order the article gives them.",
      ["The bread slicer (1899): a frame that guided a knife.", "The egg timer (1905): sand in a glass."],
      [],
    );
    const blank = closed(
      "single_choice",
      '"The bread slicer (_____): a frame that guided a knife."',
      ["1899"],
      ["1893", "1902"],
    );
    expect(answersOneAnother(order, blank)).toBe(true);
    const wrongOnly = closed("single_choice", "Which came first?", ["The egg timer"], ["1899"]);
    expect(answersOneAnother(wrongOnly, blank)).toBe(false);
  });
});
