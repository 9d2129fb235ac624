import { describe, expect, it } from "vitest";
import { auditDocument } from "../../lib/content/audit/audit";
import type { QuestionInput } from "../../lib/content/schema";
import { passAudit } from "../../lib/import/generate/gate";
import { documentOf, singleChoice, trueFalse } from "./fixtures/audit/small-document";

// A figure's options stand in ascending order, so its key's place is fixed: an unseen encyclopedia page put four
// of six four-option keys third, a set no passage-blind strategy gained on but the key-position check failed.
const figure = (n: number, key: number) =>
  singleChoice(
    `According to the article, which completes the sentence? "Item ${n} cost _____ pounds."`,
    ["10", "20", "30", "40"],
    key,
  );
const statements = [...Array(10).keys()].map((i) =>
  trueFalse(`True or false: according to the article, statement ${i} holds.`, i % 2 === 0),
);
const check = (doc: ReturnType<typeof documentOf>, id: string) =>
  auditDocument(doc, { maxAdvantage: 10 }).verdict.checks.find((c) => c.id === id)!.passed;

describe("the audit gate and four-option key positions", () => {
  const doc = documentOf([
    figure(1, 2),
    figure(2, 2),
    figure(3, 0),
    figure(4, 2),
    figure(5, 3),
    figure(6, 2),
    ...statements,
  ]);

  it("the set passes the blind check and fails the key-position check", () => {
    expect(check(doc, "blind_advantage")).toBe(true);
    expect(check(doc, "key_position")).toBe(false);
  });

  it("drops items keyed at the crowded position until the check passes", () => {
    const passed = passAudit(doc);
    expect(check(passed, "key_position")).toBe(true);
    const figures = passed.lessons[0]!.questions.filter((q) => q.choices.length === 4);
    expect(figures.map((q) => q.prompt)).toEqual(
      expect.arrayContaining([figure(3, 0).prompt, figure(5, 3).prompt]),
    );
  });

  it("asks one as its short answer, where it has one, before dropping it", () => {
    const short = (n: number): QuestionInput => ({
      type: "short_answer",
      prompt: `Fill in the blank with the word or words the article uses: "Item ${n} cost _____ pounds."`,
      points: 1,
      skill: "detail",
      explanation: "Because the passage says so.",
      citation: figure(n, 2).citation,
      choices: [],
      acceptedAnswers: ["30"],
      evidenceOptions: [],
    });
    const twins = new Map([1, 2, 4, 6].map((n) => [figure(n, 2).prompt, short(n)]));
    const passed = passAudit(doc, undefined, twins);
    expect(check(passed, "key_position")).toBe(true);
    expect(passed.lessons[0]!.questions.filter((q) => q.type === "short_answer").length).toBeGreaterThan(0);
    expect(passed.lessons[0]!.questions.length).toBe(doc.lessons[0]!.questions.length);
  });
});
