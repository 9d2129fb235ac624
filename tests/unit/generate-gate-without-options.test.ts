import { describe, expect, it } from "vitest";
import { auditDocument } from "../../lib/content/audit/audit";
import type { ArticleDocument, QuestionInput } from "../../lib/content/schema";
import { passAudit } from "../../lib/import/generate/gate";
import { documentOf, shortAnswer, singleChoice, trueFalse } from "./fixtures/audit/small-document";

// One sentence completion per lesson, every key in the middle: a position habit no lesson has a draft to spare for.
const BLANKED = [
  "_____ met Beta in May.",
  "Beta wanted a _____ on trade.",
  "Gamma opposed the _____ strongly.",
];
const KEYS = ["Alpha", "deal", "deal"];
const completion = (i: number) =>
  singleChoice(
    `According to the article, which completes the sentence? "${BLANKED[i]}"`,
    ["Xxxxx", KEYS[i]!, "Yyyyy"],
    1,
  );
const twinOf = (i: number) =>
  shortAnswer(`Fill in the blank with the word or words the article uses: "${BLANKED[i]}"`, [KEYS[i]!]);

const blindPassed = (d: ArticleDocument) =>
  auditDocument(d, { maxAdvantage: 10 }).verdict.checks.find((c) => c.id === "blind_advantage")!.passed;

describe("the audit gate when every lesson is down to one draft", () => {
  const doc = documentOf(...[0, 1, 2].map((i) => [completion(i)]));

  it("asks the cued sentence completions without their options instead of leaving the set over the limit", () => {
    const twins = new Map<string, QuestionInput>(
      [0, 1, 2].map((i) => [completion(i).prompt, documentOf([twinOf(i)]).lessons[0]!.questions[0]!]),
    );
    const passed = passAudit(doc, undefined, twins);
    // Until the one left over is a single item, whose key sits in some position whatever the placement.
    expect(passed.lessons.map((l) => l.questions.map((q) => q.type))).toEqual([
      ["short_answer"],
      ["short_answer"],
      ["single_choice"],
    ]);
    expect(blindPassed(passed)).toBe(true);
    expect(blindPassed(doc)).toBe(false);
    expect(passed.lessons[1]!.questions[0]!.acceptedAnswers).toEqual(["deal"]);
  });

  it("without a form without options, drops a lesson's only draft, and the lesson, until the set passes", () => {
    const passed = passAudit(doc, undefined, new Map());
    expect(passed.lessons.length).toBeLessThan(doc.lessons.length);
    expect(passed.lessons.length).toBeGreaterThan(0);
    expect(passed.lessons.every((l) => l.questions.length > 0)).toBe(true);
    expect(blindPassed(passed)).toBe(true);
  });
});

describe("the audit gate when true/false keys are not split and each statement is its lesson's only draft", () => {
  const statement = (s: string) => `True or false: according to the article, ${s}`;
  const falseOnes = ["Alpha met Beta in June.", "Gamma supported the deal."];
  const doc = documentOf(...falseOnes.map((s) => [trueFalse(statement(s), false)]));
  const keys = (d: ArticleDocument) =>
    d.lessons.flatMap((l) => l.questions.map((q) => q.choices.find((c) => c.correct)?.text));
  const split = (d: ArticleDocument) =>
    auditDocument(d, { maxAdvantage: 10 }).verdict.checks.find((c) => c.id === "true_false_split")!.passed;

  it("asks one as its twin of the other key on the same sentence", () => {
    const twins = new Map<string, QuestionInput>([
      [
        statement(falseOnes[1]!),
        documentOf([trueFalse(statement("Gamma opposed the deal strongly."), true)]).lessons[0]!
          .questions[0]!,
      ],
    ]);
    const passed = passAudit(doc, undefined, twins);
    expect(split(doc)).toBe(false);
    expect(keys(passed)).toEqual(["False", "True"]);
    expect(passed.lessons[1]!.questions[0]!.prompt).toContain("Gamma opposed the deal strongly.");
    expect(split(passed)).toBe(true);
  });

  it("without a twin, drops one statement and its lesson, as the last resort", () => {
    const passed = passAudit(doc, undefined, new Map());
    expect(keys(passed)).toEqual(["False"]);
    expect(split(passed)).toBe(true);
  });
});
