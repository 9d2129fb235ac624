import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { auditDocument } from "../../lib/content/audit/audit";
import { evenTrueFalseSplit } from "../../lib/content/audit/thresholds";
import { articleSentences } from "../../lib/content/audit/citations";
import { questionWarnings } from "../../lib/content/audit/question-check";
import { setQuestions } from "../../lib/content/audit/set-questions";
import { articleDocumentSchema } from "../../lib/content/schema";
import {
  documentOf,
  ordering,
  singleChoice,
  SENTENCES,
  TEXT,
  trueFalse,
} from "./fixtures/audit/small-document";

const OPTIONS = ["Rain", "Snow fell", "Wind blew hard", "The sun shone brightly"];
const STEMS = [
  "What fell from the sky?",
  "What crossed the field?",
  "What shone at noon?",
  "What did forecasters predict?",
];
// Distinct stems, so only the check under test fails.
const keyedAt = (key: number, n: number) => singleChoice(STEMS[n - 1]!, OPTIONS, key);

describe("item audit: keys, stems, citations and the verdict", () => {
  it("splits the fixture into its six sentences", () => {
    expect(articleSentences(TEXT).map((s) => s.text)).toEqual(SENTENCES);
  });

  it("counts key positions and longest keys per option count, and the True/False split", () => {
    const doc = documentOf([
      keyedAt(3, 1),
      keyedAt(3, 2),
      keyedAt(3, 3),
      keyedAt(0, 4),
      singleChoice("Which vehicle?", ["Red car", "Blue car", "Tiny van"], 1),
      trueFalse("True or false: Alpha met Beta.", true),
      trueFalse("True or false: Gamma agreed.", false),
    ]);
    const { keys } = auditDocument(doc);
    expect(keys.positions).toEqual([
      { options: 3, items: 1, keyAt: [0, 1, 0], shares: [0, 100, 0], keyLongest: 0.5, keyLongestShare: 50 },
      {
        options: 4,
        items: 4,
        keyAt: [1, 0, 0, 3],
        shares: [25, 0, 0, 75],
        keyLongest: 3,
        keyLongestShare: 75,
      },
    ]);
    // The 3-option key ties with "Tiny van" for the longest, so it counts one half.
    expect(keys.keyLongest).toEqual({ items: 5, count: 3.5, share: 70 });
    expect(keys.trueFalse).toEqual({ items: 2, true: 1, trueShare: 50 });
  });

  it("fails the thresholds the set breaks, and the advantage limit is a parameter", () => {
    const doc = documentOf([
      keyedAt(3, 1),
      keyedAt(3, 2),
      keyedAt(3, 3),
      keyedAt(3, 4),
      trueFalse("True or false: Gamma agreed.", false),
      trueFalse("True or false: Delta agreed.", false),
    ]);
    const report = auditDocument(doc);
    expect(report.blind.best).toMatchObject({ id: "longest", advantage: 66.7 });
    const failed = report.verdict.checks.filter((c) => !c.passed).map((c) => c.id);
    expect(failed).toEqual(["blind_advantage", "key_position", "key_longest", "true_false_split"]);
    expect(report.verdict.passes).toBe(false);
    expect(report.verdict.failures).toHaveLength(4);
    expect(report.verdict.failures[0]).toContain("beats guessing by 66.7 points");
    const loose = auditDocument(doc, { maxAdvantage: 70 }).verdict.checks;
    expect(loose.find((c) => c.id === "blind_advantage")?.passed).toBe(true);
  });

  it("finds a stem asked twice in a lesson or on the same sentence, not alike stems on different passages", () => {
    const ask = (prompt: string, cites: [number]) => singleChoice(prompt, OPTIONS, 1, { cites });
    const doc = documentOf(
      [
        ask("Which deal did Beta want on trade?", [1]),
        ask("According to the article, what deal did Beta want on trade?", [2]),
      ],
      [ask("What deal did Beta want on trade?", [1]), ask("What is the main idea?", [4])],
      [ask("What is the main idea?", [5])],
    );
    expect(auditDocument(doc).repeatedStems).toEqual([
      { a: 1, b: 2, similarity: 1 },
      { a: 1, b: 3, similarity: 1 },
    ]);
  });

  it("reports over-cited sentences, long citations and uncovered sentences; whole-section items are excepted", () => {
    const on = (cites: [number, number?], skill: "detail" | "main_idea" = "detail") =>
      singleChoice(`Question on ${cites.join("-")} as ${skill}?`, OPTIONS, 0, { cites, skill });
    const doc = documentOf([
      on([0]),
      on([0, 1]),
      on([0]),
      on([1, 4]),
      on([0, 3], "main_idea"),
      ordering("Put these in order.", ["Alpha", "Beta", "Gamma"], { cites: [0, 5] }),
    ]);
    const report = auditDocument(doc);
    expect(report.coverage.overcited.map((s) => [s.index, s.questions])).toEqual([[0, [1, 2, 3]]]);
    expect(report.longCitations).toEqual([{ number: 4, sentences: 4 }]);
    // The main-idea item cites four sentences and the ordering all six: neither covers a sentence.
    expect(report.coverage.uncovered.map((s) => s.index)).toEqual([5]);
    expect(report.coverage).toMatchObject({ sentences: 6, covered: 5 });
  });

  it("warns about one question in the context of its set, in short sentences", () => {
    const doc = documentOf([
      singleChoice("Which deal did Beta want?", ["Music", "A deal on trade", "Silence", "Rest"], 1, {
        cites: [0, 3],
      }),
      singleChoice("Which deal did Beta want?", ["Always music", "A trade deal", "Fine food", "Rest"], 1),
      singleChoice("Who met Beta?", ["Alpha", "Gamma", "Delta"], 0),
    ]);
    const set = setQuestions(doc);
    const sentences = articleSentences(TEXT);
    expect(questionWarnings(set[0]!, set, sentences)).toEqual([
      "The key is the longest option.",
      "The key is the only option sharing words with the stem.",
      "The stem repeats question 2.",
      "The citation spans 4 sentences; cite the one to three that answer it.",
    ]);
    expect(questionWarnings(set[1]!, set, sentences)).toEqual([
      "The key is the only option sharing words with the stem.",
      "Only distractors use absolute words (always, never, only, all).",
      "The stem repeats question 1.",
    ]);
    expect(questionWarnings(set[2]!, set, sentences)).toEqual([]);
  });
});

describe("the true/false split", () => {
  it("is 40-60% True, or as near half as one or three items allow", () => {
    expect([0, 1, 2, 3, 4].map((k) => evenTrueFalseSplit(k, 4))).toEqual([false, false, true, false, false]);
    expect([0, 1, 2, 3, 4, 5].map((k) => evenTrueFalseSplit(k, 5))).toEqual([
      false,
      false,
      true,
      true,
      false,
      false,
    ]);
    expect([0, 1, 2, 3].map((k) => evenTrueFalseSplit(k, 3))).toEqual([false, true, true, false]);
    expect([0, 1].map((k) => evenTrueFalseSplit(k, 1))).toEqual([true, true]);
    expect([0, 1, 2].map((k) => evenTrueFalseSplit(k, 2))).toEqual([false, true, false]);
  });
});

describe("item audit of the lessons shipped before issue 14 (a frozen copy)", () => {
  const doc = articleDocumentSchema.parse(
    JSON.parse(readFileSync("tests/unit/fixtures/audit/shipped-before-issue-14.json", "utf8")),
  );
  const report = auditDocument(doc);
  const ofType = (type: string) => report.blind.byType.find((t) => t.type === type)!;

  it("finds what the issue describes: longest keys, all-False true/false, longest Part A keys", () => {
    const single = ofType("single_choice");
    expect(single.questions).toBe(24);
    // 23 keys are the longest option alone and one ties for longest.
    expect(single.strategies.find((s) => s.id === "longest")?.points).toBe(23.5);
    expect(report.keys.trueFalse).toEqual({ items: 4, true: 0, trueShare: 0 });
    expect(ofType("evidence").strategies.find((s) => s.id === "longest")?.points).toBeGreaterThanOrEqual(4);
    expect(report.blind.best?.id).toBe("longest");
    expect(report.blind.best?.advantage).toBeGreaterThan(40);
    expect(report.verdict.passes).toBe(false);
  });

  it("finds stems asked twice, sentences asked about three times, and ideas never asked", () => {
    expect(report.repeatedStems.map((s) => [s.a, s.b])).toEqual([
      [5, 12],
      [33, 49],
    ]);
    const overcited = report.coverage.overcited;
    expect(
      overcited.find((s) => s.text.includes("recalibration of traditional alliances"))?.questions,
    ).toEqual([3, 40, 47]);
    expect(overcited.some((s) => s.text.includes("counterterrorism"))).toBe(true);
    expect(report.coverage.uncovered.some((s) => s.text.includes("a shift in American foreign policy"))).toBe(
      true,
    );
    expect(report.longCitations).toEqual([{ number: 32, sentences: 9 }]);
  });
});
