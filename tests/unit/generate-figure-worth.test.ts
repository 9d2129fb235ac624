import { describe, expect, it } from "vitest";
import { readOneSection } from "../support/one-section";
import { blankTarget } from "../../lib/import/generate/blanks";
import { entitiesIn } from "../../lib/import/generate/article";
import { figureWorth, UNTEACHABLE } from "../../lib/import/generate/figure-worth";
import { falseStatements } from "../../lib/import/generate/true-false";
import { generateLessons } from "../../lib/import/generate/lessons";
import { nounsOf } from "../../lib/import/generate/nouns";

// The ninth independent review's commonest fault: blanks and true/false edits on figures nobody would teach (a
// meeting's date, "since 2017", a year opening its sentence, a page or house number, an age, a sample's size).
// Every sentence here is made up for the test.

type Read = ReturnType<typeof readOneSection>;
const sentenceOf = (a: Read, piece: string) => a.sentences.find((s) => s.text.includes(piece))!;
const worthOf = (a: Read, piece: string, figure: string) => {
  const s = sentenceOf(a, piece);
  const e = entitiesIn(a, s).find((x) => x.text.includes(figure));
  if (!e) throw new Error(`no entity "${figure}" in: ${s.text}`);
  return figureWorth(s, e);
};
const blankOf = (a: Read, piece: string) => blankTarget(a, sentenceOf(a, piece), nounsOf(a.sentences))?.text;

describe("figures nobody would teach score at or below UNTEACHABLE", () => {
  const a = readOneSection(
    [
      "The town council will debate the new cycle lanes at its meeting on March 12.",
      "Shops on the high street have lost trade since 2019, the traders' group says.",
      "In 1822 the mill owners paid for a weir across the river below the town.",
      "The full list of objections appears on page 7 of the council's report.",
      "Readers can write to the Wexham Courier, 14 Church Lane, Wexham.",
      "Tamsin Reed, 15, cycles to the college along the canal path every day.",
      "The engineers fixed 36 pressure sensors to the underside of the old bridge.",
      "After the lanes opened, cycle journeys rose to 4,200 a week, against 2,900 before.",
      "The scheme cost the county about 1.2 million pounds over two years.",
      "The college moved the start of its first lesson from 8.30 am to 9.15 am.",
      "The old ferry made its last crossing in March 1961, after the new bridge opened.",
    ].join(" "),
  );

  it("a day of the month, 'since' a year, a year opening its sentence", () => {
    expect(worthOf(a, "meeting on", "March 12")).toBeLessThanOrEqual(UNTEACHABLE);
    expect(worthOf(a, "lost trade", "2019")).toBeLessThanOrEqual(UNTEACHABLE);
    expect(worthOf(a, "weir", "1822")).toBeLessThanOrEqual(UNTEACHABLE);
  });

  it("a page number, a house number, an age beside a name, the size of a sample", () => {
    expect(worthOf(a, "full list", "7")).toBeLessThanOrEqual(UNTEACHABLE);
    expect(worthOf(a, "Church Lane", "14")).toBeLessThanOrEqual(UNTEACHABLE);
    expect(worthOf(a, "Tamsin", "15")).toBeLessThanOrEqual(UNTEACHABLE);
    expect(worthOf(a, "pressure sensors", "36")).toBeLessThanOrEqual(UNTEACHABLE);
  });

  it("but not a month of a year, which is no day of the month", () => {
    expect(worthOf(a, "last crossing", "1961")).toBeGreaterThan(UNTEACHABLE);
  });

  it("a clock time, which an edit turns into a time nobody would write ('7.32 am')", () => {
    expect(worthOf(a, "first lesson", "9.15")).toBeLessThanOrEqual(UNTEACHABLE);
    for (const st of falseStatements(a, sentenceOf(a, "first lesson"))) expect(st.text).toContain("9.15 am");
  });

  it("a result stated as a comparison outranks a plain figure, and both are asked", () => {
    const result = worthOf(a, "cycle journeys rose", "4,200");
    expect(result).toBeGreaterThan(UNTEACHABLE);
    expect(result).toBeGreaterThan(worthOf(a, "underside", "36"));
    expect(worthOf(a, "scheme cost", "1.2 million")).toBeGreaterThan(UNTEACHABLE);
  });

  it("no blank falls on them", () => {
    for (const piece of ["meeting on", "full list", "Church Lane", "Tamsin", "pressure sensors"])
      expect(blankOf(a, piece) ?? "", piece).not.toMatch(/\d/);
  });

  it("no false statement changes them", () => {
    for (const piece of ["meeting on", "weir", "Tamsin", "pressure sensors"])
      for (const st of falseStatements(a, sentenceOf(a, piece)))
        expect(st.text, piece).toContain(
          { "meeting on": "March 12", weir: "1822", Tamsin: "15", "pressure sensors": "36" }[piece]!,
        );
  });
});

describe("a section's blanks are chosen by worth", () => {
  it("a result's figure is asked before a sample's size and a meeting date that come first", () => {
    const text = [
      "Volunteers at the Fenmoor reserve placed 48 nest boxes along the river last spring.",
      "The trust will discuss the results at its meeting on June 4.",
      "Young birds fledged from 31 of the boxes, far more than the 12 pairs that nested there before.",
      "Ringers also counted the adults that came back to the reserve after the winter.",
      "The reserve's warden, Colm Byrne, said the boxes had cost less than the trust feared.",
    ].join(" ");
    const lessons = generateLessons({
      title: "Nest boxes on the Fenmoor reserve",
      byline: "",
      text,
      sections: [{ heading: "Nest boxes on the Fenmoor reserve", start: 0, end: text.length }],
    } as never);
    const prompts = lessons.flatMap((l) => l.questions.map((q) => q.prompt)).join("\n");
    expect(prompts).not.toMatch(/meeting on _____/);
    expect(prompts).not.toMatch(/placed _____ nest boxes/);
    expect(prompts).toMatch(/"Young birds fledged from .*_____/);
  });
});
