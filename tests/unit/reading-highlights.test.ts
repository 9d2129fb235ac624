import { describe, expect, it } from "vitest";
import { citedSentences, sentenceHeat } from "@/lib/reading/class-heat";
import { anchorIn, trimmedRange } from "@/lib/reading/highlight-anchor";
import { nextHighlightVersion } from "@/lib/reading/highlight-types";
import { heatLevel } from "@/lib/reading/heat-level";

describe("anchorIn", () => {
  const passage = "Ice moves. Ice melts. Seas rise.";

  it("keeps offsets that still hold the highlighted text", () => {
    expect(anchorIn(passage, { start: 11, end: 21, quote: "Ice melts." })).toEqual({ start: 11, end: 21 });
  });

  it("follows the text to its nearest occurrence after an edit moved it", () => {
    const edited = `Now: ${passage}`;
    expect(anchorIn(edited, { start: 11, end: 14, quote: "Ice" })).toEqual({ start: 16, end: 19 });
  });

  it("gives up when the text is gone", () => {
    expect(anchorIn(passage, { start: 0, end: 5, quote: "Glaciers" })).toBeNull();
  });
});

describe("trimmedRange", () => {
  it("drops white space at either end, and refuses a range of nothing else", () => {
    expect(trimmedRange("a  word \n b", 1, 9)).toEqual({ start: 3, end: 7 });
    expect(trimmedRange("a   b", 1, 4)).toBeNull();
  });
});

describe("nextHighlightVersion", () => {
  it("follows the clock in tenths of a second and never falls back", () => {
    const now = Date.UTC(2026, 0, 1, 0, 0, 10);
    expect(nextHighlightVersion(0, now)).toBe(100);
    expect(nextHighlightVersion(500, now)).toBe(501);
  });
});

describe("sentenceHeat and citedSentences", () => {
  const sentences = [
    { start: 0, end: 10, text: "", sentence: "0-0" },
    { start: 11, end: 20, text: "", sentence: "0-1" },
  ];

  it("counts each student once per sentence their highlights touch", () => {
    const heat = sentenceHeat(sentences, [
      { start: 0, end: 3, studentId: "a" },
      { start: 4, end: 8, studentId: "a" },
      { start: 5, end: 15, studentId: "b" },
    ]);
    expect(Object.fromEntries(heat)).toEqual({ "0-0": 2, "0-1": 1 });
  });

  it("lists the questions citing each sentence", () => {
    const cited = citedSentences(sentences, [
      { start: 12, end: 18, number: 2 },
      { start: 0, end: 20, number: 1 },
    ]);
    expect(cited.get("0-0")!.map((q) => q.number)).toEqual([1]);
    expect(cited.get("0-1")!.map((q) => q.number)).toEqual([2, 1]);
  });
});

describe("heatLevel", () => {
  it("grows with the share of the class", () => {
    expect([0, 1, 3, 6].map((n) => heatLevel(n, 10))).toEqual([0, 1, 2, 3]);
    expect(heatLevel(2, 0), "more highlighters than enrolled (students who left)").toBe(3);
  });
});
