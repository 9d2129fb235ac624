import { describe, expect, it } from "vitest";
import { readOneSection } from "../support/one-section";
import { acceptedForms } from "../../lib/import/generate/accepted-forms";
import { blankTarget } from "../../lib/import/generate/blanks";
import { nounsOf } from "../../lib/import/generate/nouns";
import { matchShortAnswer } from "../../lib/grading/short-answer/match";

// The ninth review's rework 8: a figure's key listed one spelling of it ("30 per cent"), so "30%" and "seven per
// cent" were refused or left to the grader's tolerance for the teacher to check.

const noArticle = { entities: [] } as never;
const formsOf = (text: string, kind: string) => acceptedForms({ text, kind } as never, noArticle);

const WORDS: Record<string, number> = { seven: 7, thirty: 30, forty: 40, twenty: 20 };
/** The number an accepted form states, in digits or words. */
const numberIn = (form: string) => {
  const digits = /\d[\d,]*(?:\.\d+)?/.exec(form)?.[0];
  if (digits) return Number(digits.replace(/,/g, ""));
  return WORDS[/^[a-z]+/i.exec(form)![0].toLowerCase()];
};

describe("a figure's key accepts its other spellings, never another number", () => {
  it("a percentage written 'per cent' also as '%', 'percent' and in words", () => {
    const forms = formsOf("30 per cent", "percent");
    expect(forms).toEqual(expect.arrayContaining(["30%", "30 percent", "thirty per cent"]));
    expect(new Set(forms.map(numberIn))).toEqual(new Set([30]));
    expect(formsOf("about 7 per cent", "percent")).toEqual(
      expect.arrayContaining(["about 7 per cent", "7 per cent", "7%", "seven per cent"]),
    );
  });

  it("a unit by its other spellings and abbreviation", () => {
    expect(formsOf("38 millimetres", "quantity")).toEqual(
      expect.arrayContaining(["38 mm", "38 millimeters", "38"]),
    );
    expect(formsOf("40 minutes", "duration")).toEqual(
      expect.arrayContaining(["40 mins", "forty minutes", "40"]),
    );
  });

  it("a clock time with either separator", () => {
    expect(formsOf("11.30", "time")).toContain("11:30");
    expect(formsOf("11.30", "quantity")).toContain("11:30");
    expect(formsOf("3.75", "quantity")).not.toContain("3:75");
  });

  it("a figure in millions is never its first number alone, and a date never its day alone", () => {
    const millions = formsOf("around 20 million", "quantity");
    expect(millions).toContain("20,000,000");
    expect(millions).not.toContain("20");
    expect(formsOf("$1.5 million", "money")).not.toContain("1.5");
    expect(formsOf("14 January", "date")).not.toContain("14");
  });

  it("a blank on a percentage in an article: the spellings are graded as exact, not as near answers", () => {
    const a = readOneSection(
      "Under the young hedges the soil held 103 tonnes per hectare. That was only 7 per cent more than the open fields nearby.",
    );
    const s = a.sentences.find((x) => x.text.includes("per cent"))!;
    const target = blankTarget(a, s, nounsOf(a.sentences))!;
    expect(target.text).toBe("7 per cent");
    const key = { acceptedAnswers: target.accepted };
    for (const given of ["7%", "7 percent", "seven per cent"])
      expect(matchShortAnswer(given, key)).toMatchObject({ correct: true, near: false });
    expect(matchShortAnswer("8%", key).correct).toBe(false);
  });
});
