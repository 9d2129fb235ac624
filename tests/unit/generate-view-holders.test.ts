import { describe, expect, it } from "vitest";
import { viewDraft, viewsOf } from "../../lib/import/generate/perspective";
import { readOneSection } from "../support/one-section";

// Who argues what in an essay of sides: "He argued…", "They argued…" after the sentence that names them.
const ESSAY = [
  "Governor Mara Ellison spent a decade arguing for a new dam on the Tallow River.",
  "She argued that the reservoir would protect the valley's farms from drought for a generation.",
  "Critics argued that the dam would drown three villages and the last breeding grounds of the river trout.",
  "Despite these objections, Ellison's supporters praised the plan as the valley's best chance of growth.",
  "They argued that cheap electricity from the dam would bring factories and jobs to the valley.",
  "Others said that the valley should have been asked in a vote first.",
].join(" ");

describe("who holds a view when the reporting clause opens on a pronoun", () => {
  const article = readOneSection(ESSAY);
  const views = viewsOf(article);
  const holderOf = (words: RegExp) => views.find((v) => words.test(v.content))?.holder;

  it("reads 'she' as the person named in full just before, and 'they' as the side the sentence before opens on", () => {
    expect(holderOf(/protect the valley's farms/i)).toBe("Mara Ellison");
    expect(holderOf(/cheap electricity/i)).toBe("Ellison's supporters");
    expect(holderOf(/drown three villages/i)).toBe("critics");
  });

  it("offers the other sides and people beside a side when too few holders share its form, never 'others'", () => {
    const critics = views.find((v) => v.holder === "critics")!;
    const options = viewDraft(critics, views, article)!.question.choices.map((c) => c.text);
    expect(options).toEqual(expect.arrayContaining(["Critics", "Ellison's supporters", "Mara Ellison"]));
    expect(options).not.toContain("Others");
    const feedback = viewDraft(critics, views, article)!.question.choices.find(
      (c) => c.text === "Ellison's supporters",
    )!;
    expect(feedback.feedback).toMatch(/^In the article, Ellison's supporters hold a different view/);
  });
});

describe("a view is asked with no option the article also gives it to", () => {
  it("leaves out a holder whose own sentence repeats most of the view", () => {
    const text = [
      "Mayor Tom Hale argued that a tram line to the airport would cut traffic on the coast road.",
      "Critics argued that the money should go to buses in the poorer districts instead.",
      "Hale's supporters argued that the tram would cut traffic on the coast road and bring visitors to the harbour.",
      "Councillor Rosa Vint argued that the council should wait for the census before spending anything.",
    ].join(" ");
    const article = readOneSection(text);
    const views = viewsOf(article);
    expect(views.map((v) => v.holder)).toEqual(["Tom Hale", "critics", "Hale's supporters", "Rosa Vint"]);
    const supporters = views.find((v) => v.holder === "Hale's supporters")!;
    const options = viewDraft(supporters, views, article)!.question.choices.map((c) => c.text);
    expect(options).toEqual(expect.arrayContaining(["Hale's supporters", "Critics", "Rosa Vint"]));
    expect(options).not.toContain("Tom Hale");
  });

  it("keeps the first reported clause of 'argued that …, and that …' as the view", () => {
    const article = readOneSection(
      "Engineers argued that the old bridge was safe for another decade, and that closing it would cost the town its market.",
    );
    expect(viewsOf(article).map((v) => v.content)).toEqual(["The old bridge was safe for another decade"]);
  });
});

describe("a 'she' who argues", () => {
  it("is the woman named before, not the man named nearer", () => {
    const article = readOneSection(
      [
        "Governor Mara Ellison has pushed for a dam on the Tallow River since 2019, and her plan is now before the assembly.",
        "She met the engineer Tom Brandt at the site in May, and he walked her along the bank.",
        "She argued that the reservoir would protect the valley's farms from drought for a generation.",
      ].join(" "),
    );
    expect(viewsOf(article).find((v) => /reservoir/i.test(v.content))?.holder).toBe("Mara Ellison");
  });
});

describe("a person and their own supporters", () => {
  it("are never wrong options for each other's views", () => {
    const article = readOneSection(ESSAY);
    const views = viewsOf(article);
    const ellison = views.find((v) => v.holder === "Mara Ellison")!;
    const options = viewDraft(ellison, views, article)?.question.choices.map((c) => c.text) ?? [];
    expect(options).not.toContain("Ellison's supporters");
    const backers = views.find((v) => v.holder === "Ellison's supporters")!;
    const theirs = viewDraft(backers, views, article)?.question.choices.map((c) => c.text) ?? [];
    expect(theirs).not.toContain("Mara Ellison");
  });
});
