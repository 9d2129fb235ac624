import { describe, expect, it } from "vitest";
import { readOneSection } from "../support/one-section";
import { acceptedForms, blankTarget } from "../../lib/import/generate/blanks";
import { isMainClaimValue } from "../../lib/import/generate/circumstance";
import { sameClass } from "../../lib/import/generate/closeness";
import { entityDistractors } from "../../lib/import/generate/distractors";
import { nounsOf } from "../../lib/import/generate/nouns";
import { antonymEdit, falseStatements } from "../../lib/import/generate/true-false";

// Item-level faults the fifth independent review of the drafts found (issue 15), each fixed by a general rule.

const one = readOneSection;
type Read = ReturnType<typeof one>;
const sentenceOf = (article: Read, piece: string) => article.sentences.find((s) => s.text.includes(piece))!;
const entityOf = (article: Read, text: string) =>
  article.entities.find((e) => e.text === text) ?? article.entities.find((e) => e.text.includes(text))!;
const blankOf = (article: Read, piece: string) =>
  blankTarget(article, sentenceOf(article, piece), nounsOf(article.sentences))?.text;

describe("a figure is a target only as the value of the sentence's main claim", () => {
  const a = one(
    "The box is a microphone, and Okonkwo-Lind, 46, is listening for cracks in the old bridge. The ferry hired a new crew of six for the summer season. The repair cost the city about $240,000 in the end. Her team has cut the false alarm rate to about 5 percent this spring. She waited 40 minutes in the rain with her three children. The survey found that 58 percent of parents wanted shorter days.",
  );

  it("an age in an apposition, a count after a preposition or another verb is not", () => {
    const s = (p: string) => sentenceOf(a, p);
    expect(isMainClaimValue(entityOf(a, "46"), s("46"))).toBe(false);
    expect(isMainClaimValue(entityOf(a, "six"), s("crew of six"))).toBe(false);
    expect(isMainClaimValue(entityOf(a, "40 minutes"), s("40 minutes"))).toBe(false);
    expect(blankOf(a, "Okonkwo-Lind, 46")).not.toBe("46");
    expect(blankOf(a, "crew of six")).not.toBe("six");
  });

  it("a figure after a verb of cost, change or finding is, through a short noun phrase or 'to'", () => {
    const s = (p: string) => sentenceOf(a, p);
    expect(isMainClaimValue(entityOf(a, "$240,000"), s("240,000"))).toBe(true);
    expect(isMainClaimValue(entityOf(a, "5 percent"), s("5 percent"))).toBe(true);
    expect(isMainClaimValue(entityOf(a, "58 percent"), s("58 percent"))).toBe(true);
  });

  it("no true/false edit changes only an incidental figure", () => {
    const st = falseStatements(a, sentenceOf(a, "crew of six"));
    expect(st.map((x) => x.change ?? "")).not.toContainEqual(expect.stringMatching(/^six,/));
  });
});

describe("a bound has no unique key", () => {
  it("no blank or false edit on a figure after 'less than' or 'more than'", () => {
    const a = one(
      "In this state its metabolism falls to less than 0.01 percent of normal. Active animals use about 3 percent of their energy on repair. Dry animals lose more than 95 percent of their water.",
    );
    expect(blankOf(a, "less than")).not.toBe("0.01 percent");
    expect(falseStatements(a, sentenceOf(a, "less than"))).toEqual([]);
  });
});

describe("made-up figures lie near the key, and dates stay dates", () => {
  it("no halves, doubles or triples of the key", () => {
    const a = one("The county spent 745 dollars on signs this year, the clerk said in a note to the board.");
    const key = entityOf(a, "745 dollars");
    const options = entityDistractors(a, key, sentenceOf(a, "745"), 3).map((d) => Number.parseFloat(d.text));
    expect(options.length).toBeGreaterThanOrEqual(2);
    for (const n of options) expect(n / 745).toBeGreaterThan(0.55);
    for (const n of options) expect(n / 745).toBeLessThan(1.8);
  });

  it("a day of a month stays within the month", () => {
    const a = one("The council will vote on November 30 after a final public hearing in the town hall.");
    const key = entityOf(a, "November 30");
    const options = entityDistractors(a, key, sentenceOf(a, "November"), 3).map((d) => d.text);
    expect(options.length).toBeGreaterThanOrEqual(2);
    for (const o of options) expect(Number(/\d+/.exec(o)![0])).toBeLessThanOrEqual(28);
  });
});

describe("a hyphenated surname is one name", () => {
  it("never blanks half of it", () => {
    const a = one(
      "Every Tuesday at dawn, Marta Okonkwo-Lind climbs down a steel ladder beneath the bridge. Her tutor, Professor Ian Castellane, praised her work. Since then Okonkwo-Lind has trained engineers from Port Ellery and Danbridge.",
    );
    expect(a.entities.map((e) => e.text)).toContain("Marta Okonkwo-Lind");
    expect(a.entities.map((e) => e.text)).not.toContain("Lind");
  });
});

describe("word distractors share a near hypernym with the key", () => {
  it("'torch' is not offered for 'girder', 'lamp' still is for 'lens'", () => {
    expect(sameClass("girder", "torch")).toBe(false);
    expect(sameClass("sensor", "laptop")).toBe(false);
    expect(sameClass("lens", "lamp")).toBe(true);
    expect(sameClass("bridge", "dock")).toBe(true);
  });
});

describe("dates are accepted as students write them", () => {
  it("'December 15' accepts '15 December', 'Dec 15' and 'December 15th'", () => {
    const a = one("The library will reopen on December 15 after the repairs to its roof are finished.");
    const forms = acceptedForms(entityOf(a, "December 15"), a);
    expect(forms).toEqual(expect.arrayContaining(["15 December", "Dec 15", "December 15th", "Dec. 15"]));
  });
});

describe("a false statement turns the claim before it changes a figure", () => {
  it("a predicate adjective becomes its antonym", () => {
    const a = one(
      "The new timetable proved popular with riders in its first month. The county said about 60,000 trips were made in 2025.",
    );
    const st = falseStatements(a, sentenceOf(a, "proved popular"));
    expect(st[0]?.text).toMatch(/proved unpopular/);
    expect(st[0]?.correct).toBe(false);
  });

  it("not an adjective before its noun, nor a negated one", () => {
    const a = one(
      "The box is a small grey microphone on the beam. The results were not clear to the engineers.",
    );
    expect(antonymEdit(sentenceOf(a, "small grey"))).toBeUndefined();
    expect(antonymEdit(sentenceOf(a, "not clear"))).toBeUndefined();
  });
});
