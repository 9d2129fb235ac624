import { describe, expect, it } from "vitest";
import { readOneSection } from "../support/one-section";
import { blankTarget } from "../../lib/import/generate/blanks";
import { entitiesIn } from "../../lib/import/generate/article";
import { figureWorth, UNTEACHABLE } from "../../lib/import/generate/figure-worth";
import { isMinorName } from "../../lib/import/generate/blank-worth";
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

// The tenth review's commonest fault again: a handful of things counted ("two mills", "a crew of six", "five
// members") and a name thanked in a speech ("Thank you, Ruth").
describe("a handful counted and a name greeted are not asked", () => {
  const a = readOneSection(
    [
      "Warehouses, a boatyard and two mills were built along the new canal.",
      "The ferry company hired a new crew of six before the summer timetable began.",
      "The committee has five members, and three votes are needed to pass the plan.",
      "The glacier lost eleven kilometres of ice cover during the long dry century.",
      "Most of the volunteers slept only five hours a night during the flood.",
      "Visitor numbers rose to nine a day in winter, far more than the planners expected.",
      "The appeal raised 9 million pounds for the new hospital wing in two years.",
      "Thank you, Ruth, and good morning to everyone in the hall.",
      "The mayor said that Ruth Adair had built the town's first food bank.",
    ].join(" "),
  );

  it("a count of a dozen or fewer things scores at or below UNTEACHABLE", () => {
    expect(worthOf(a, "boatyard", "two")).toBeLessThanOrEqual(UNTEACHABLE);
    expect(worthOf(a, "new crew", "six")).toBeLessThanOrEqual(UNTEACHABLE);
    expect(worthOf(a, "committee has", "five")).toBeLessThanOrEqual(UNTEACHABLE);
  });

  it("but not a measure, a span of time, a compared count or a large sum", () => {
    expect(worthOf(a, "glacier lost", "eleven")).toBeGreaterThan(UNTEACHABLE);
    expect(worthOf(a, "volunteers slept", "five")).toBeGreaterThan(UNTEACHABLE);
    expect(worthOf(a, "Visitor numbers", "nine")).toBeGreaterThan(UNTEACHABLE);
    expect(worthOf(a, "appeal raised", "9 million")).toBeGreaterThan(UNTEACHABLE);
  });

  it("a name thanked or greeted scores UNTEACHABLE; the same name in a statement does not", () => {
    expect(worthOf(a, "Thank you", "Ruth")).toBeLessThanOrEqual(UNTEACHABLE);
    expect(worthOf(a, "food bank", "Ruth Adair")).toBe(0);
    expect(blankOf(a, "Thank you") ?? "").not.toBe("Ruth");
  });

  it("no false statement changes a handful counted", () => {
    for (const st of falseStatements(a, sentenceOf(a, "new crew"))) expect(st.text).toContain("crew of six");
  });
});

describe("a small sum or rate is no handful counted", () => {
  const a = readOneSection("A reflective coating costs about £12 per square metre, the council says.");
  it("keeps its worth", () => {
    expect(worthOf(a, "reflective coating", "12")).toBeGreaterThan(UNTEACHABLE);
  });
});

// The tenth review: every blank on a place (a list's member, a modifier) or on a first name was trivial.
describe("no blank on a minor name", () => {
  const a = readOneSection(
    [
      "By 1470 there were busy presses in Cologne, Basel, Rome and Paris, the historian says.",
      "Her fiercest critic was Edmund Hartree, a wealthy Manchester mill owner with three factories.",
      "I had breakfast at the corner cafe last week, and Maggie told me her takings had halved.",
      "The union at the mill is led by Tomasz Wierzbicki, and it backs a worker co-operative.",
      "The mayor said she had a great deal of respect for Tomasz and for his members.",
      "The new ferry terminal was designed by Councillor Oduya after the storm of last winter.",
      "The trial of the ferry ran from Dunmore during the whole of the summer.",
    ].join(" "),
  );
  const minor = (piece: string, name: string) => {
    const s = sentenceOf(a, piece);
    const e = entitiesIn(a, s).find((x) => x.text === name);
    if (!e) throw new Error(`no entity "${name}" in: ${s.text}`);
    return isMinorName(a, s, e);
  };
  it("a place in a list or before a noun, a first name", () => {
    for (const place of ["Cologne", "Basel", "Paris"]) expect(minor("busy presses", place), place).toBe(true);
    expect(minor("fiercest critic", "Manchester")).toBe(true);
    expect(minor("corner cafe", "Maggie")).toBe(true);
    expect(minor("great deal of respect", "Tomasz")).toBe(true);
  });
  it("but not a full name, a surname after a title or a place alone", () => {
    expect(minor("union at the mill", "Tomasz Wierzbicki")).toBe(false);
    expect(minor("terminal was designed", "Oduya")).toBe(false);
    expect(minor("trial of the ferry", "Dunmore")).toBe(false);
  });
});
