import { describe, expect, it } from "vitest";
import { auditDocument } from "../../lib/content/audit/audit";
import type { ArticleDocument, QuestionInput } from "../../lib/content/schema";
import { passAudit } from "../../lib/import/generate/gate";
import { documentOf, shortAnswer, singleChoice } from "./fixtures/audit/small-document";

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

  it("keeps the set as it is when no completion has a form without options", () => {
    expect(passAudit(doc, undefined, new Map())).toEqual(doc);
  });
});
