import { readFileSync } from "node:fs";
import type { QuestionInput } from "../../lib/content/schema";
import { draftProblems } from "../../lib/import/generate/draft-problems";
import { describe, expect, it } from "vitest";
import { readForGeneration } from "../../lib/import/generate/article";
import { isFurniture } from "../../lib/import/page-furniture";
import { readArticle } from "../../lib/import/read-text";
import { analyse } from "../../lib/import/generate/analysis";
import { datedAtBothEnds, isTrivialFigure } from "../../lib/import/generate/blank-worth";
import { blankTarget } from "../../lib/import/generate/blanks";
import { nounsOf } from "../../lib/import/generate/nouns";
import { viewsOf } from "../../lib/import/generate/perspective";
import { standingAlone } from "../../lib/import/generate/true-false-alone";
import { turnBlocked } from "../../lib/import/generate/true-false-cues";
import { isClaimFigure } from "../../lib/import/generate/true-false-figures";
import { readOneSection } from "../support/one-section";

// Faults of the eighth review (issue 15) on articles its authors had not seen.

describe("who holds a view", () => {
  it("is never the word before a reporting verb that is a noun here ('Electronic counters … recorded')", () => {
    const article = readOneSection(
      "Electronic counters on the two main streets recorded 6 per cent more shoppers than the year before. Critics counter that the rise would have come anyway with the new station.",
    );
    expect(viewsOf(article).map((v) => v.holder)).toEqual(["critics"]);
  });
});

describe("a true statement read alone", () => {
  it("does not open on 'and' when a first clause pointing back is left out", () => {
    const [s] = analyse(
      "Almost every runner has felt this, and almost every runner has been told the same story about the ache.",
    );
    expect(standingAlone(s!, s!.text)).toBeUndefined();
  });
});

describe("a span the sentence dates at both ends", () => {
  it("is not blanked: the dates give its length", () => {
    const article = readOneSection(
      "Ada Voss spent six years, from 1874 to 1880, designing a loom that read a paper roll.",
    );
    const s = article.sentences[0];
    const span = article.entities.find((e) => e.kind === "duration")!;
    expect(span.text).toBe("six years");
    expect(datedAtBothEnds(s!, span)).toBe(true);
    expect(isTrivialFigure(s!, span)).toBe(true);
  });

  it("is blanked when the sentence gives no dates, and offers only counted spans", () => {
    const article = readOneSection(
      [
        "Ada Voss spent six years designing a loom that read its pattern from a paper roll.",
        "In the same years her brother ran the family mill at Krefeld.",
        "She later spent two years in Lyon and eight years in Halbridge.",
      ].join(" "),
    );
    const target = blankTarget(article, article.sentences[0]!, nounsOf(article.sentences));
    expect(target?.text).toBe("six years");
    expect(target!.distractors.map((d) => d.text)).not.toContain("same years");
    expect(target!.distractors.map((d) => d.text)).not.toContain("the same years");
  });
});

describe("a made-up day written before its month", () => {
  it("stays a day of that month ('until 31 January' was offered 'until 53 January')", () => {
    const article = readForGeneration(
      readArticle(
        readFileSync("docs/generator-reviews/2026-12-07-eighth/debate-beavers-river-wenn.txt", "utf8"),
        "text",
      ),
    );
    const s = article.sentences.find((x) => x.text.includes("until 31 January"))!;
    const target = blankTarget(article, s, nounsOf(article.sentences));
    expect(target?.text).toBe("until 31 January");
    const options = target!.distractors.map((d) => d.text);
    expect(options.length).toBeGreaterThanOrEqual(2);
    for (const o of options) expect(o).toMatch(/^until (?:[1-9]|1\d|2[0-8]) January$/);
  });
});

describe("parts of a transcript without headings", () => {
  it("are named after a sentence of some length, not a speaker's 'Thank you.'", () => {
    const article = readForGeneration(
      readArticle(
        readFileSync("docs/generator-reviews/2026-12-07-eighth/debate-beavers-river-wenn.txt", "utf8"),
        "text",
      ),
    );
    const names = article.sections.map((s) => s.heading);
    expect(names.some((n) => /^Part \d+: Thank you/.test(n))).toBe(false);
    expect(names).toContain("Part 2: Beavers lived on this river for thousands…");
  });
});

describe("code review of the true/false rules", () => {
  it("counts a figure before 'other than' or 'rather than' as no comparison", () => {
    const article = readOneSection(
      "The hall seats 500 people other than staff, and the stage was rebuilt in the spring by volunteers.",
    );
    const s = article.sentences[0]!;
    const figure = article.entities.find((e) => e.text.startsWith("500"))!;
    expect(isClaimFigure(s, figure)).toBe(false);
  });

  it("blocks a turn when the clause after 'and' holds a word that would turn too", () => {
    // The turnable word is early, the other clause's after "and": the old index test skipped the wrong token.
    const [s] = analyse("Sales rose in the spring and costs fell sharply in the same months.");
    const words = new Set(["rose", "fell"]);
    const i = s!.tokens.findIndex((t) => t.text === "rose");
    expect(turnBlocked(s!, i, (w) => words.has(w))).toBe("coordinated");
  });
});

describe("correction notes of the ninth review", () => {
  it("are dropped with a dated label, and without one when they say what an earlier version gave", () => {
    expect(
      isFurniture(
        "Update, 26 November: an earlier version of this post gave the size of the green roof as 1,000 square metres.",
      ),
    ).toBe(true);
    expect(isFurniture("An earlier version of this story misstated the date of the council vote.")).toBe(
      true,
    );
    expect(isFurniture("Update the map before the trip, and check the tide tables twice.")).toBe(false);
  });
});

describe("the per-question gate", () => {
  it("refuses a true/false statement that opens on a conjunction, half of a sentence", () => {
    const [s] = analyse(
      "The roof cools the classrooms below it, and in a long dry spell the plants slow down.",
    );
    const statement = (text: string): QuestionInput => ({
      type: "true_false",
      skill: "detail",
      points: 1,
      prompt: `True or false: according to the article, ${text}`,
      explanation: "Because the article says so.",
      citation: { text: s!.text, start: s!.start, end: s!.end },
      choices: [
        { text: "True", correct: true },
        { text: "False", correct: false },
      ],
      acceptedAnswers: [],
      evidenceOptions: [],
    });
    const sentences = [{ text: s!.text, start: s!.start, end: s!.end }];
    expect(
      draftProblems(statement("and in a long dry spell the plants slow down."), [], 1, sentences),
    ).toContain("garbled text");
    expect(
      draftProblems(statement("in a long dry spell the plants slow down."), [], 1, sentences),
    ).not.toContain("garbled text");
  });
});
