import { describe, expect, it } from "vitest";
import { readOneSection } from "../support/one-section";
import { readForGeneration } from "../../lib/import/generate/article";
import { blankDraft, blankTarget } from "../../lib/import/generate/blanks";
import { causeDraft, causesOf } from "../../lib/import/generate/cause-effect";
import { entityDistractors } from "../../lib/import/generate/distractors";
import { evidenceDraft } from "../../lib/import/generate/evidence";
import { listsOf, multipleSelectDraft } from "../../lib/import/generate/multiple-select";
import { nounsOf } from "../../lib/import/generate/nouns";
import { authorOpinion, opinionMarkers } from "../../lib/import/generate/opinion";
import { overviewDrafts } from "../../lib/import/generate/overview";
import { viewDraft, viewsOf } from "../../lib/import/generate/perspective";
import { falseStatements, trueFalseDraft, trueStatement } from "../../lib/import/generate/true-false";
import { circular, rareWordsOf, vocabularyDraft } from "../../lib/import/generate/vocabulary";

const text = `The Canal Years

Building the Canal

The state legislature approved the canal in March 1821, after two years of petitions from local farmers.
Most of the digging was done by hand, by crews of up to 400 laborers who were paid about 75 cents a day.
The canal carried grain, timber and coal between the town and the river port at Easton Falls.
Engineers built a stone aqueduct over the creek and a towpath for the mules.
Mayor Ellen Price said that the canal would make the town rich within a decade.
Critics argued that the mill owners would collect most of the profits.
Farmers said that freight costs fell by more than half in the first year.

Decline

The railroad reached Millbrook in 1861, and it could carry goods in winter.
The canal company lost money because the railroad carried freight more cheaply.
Traffic fell because the canal froze every winter.
In 1890 the canal was closed, and most of it was filled in by workers from Easton Falls.
`;

const sectionAt = (heading: string) => {
  const start = text.indexOf(heading) + heading.length + 1;
  return {
    heading,
    start,
    end: text.indexOf("\n\n", start + 2) < 0 ? text.length : text.indexOf("\n\nDecline"),
  };
};
const first = sectionAt("Building the Canal");
const article = readForGeneration({
  title: "The Canal Years",
  byline: "",
  text,
  sections: [first, { heading: "Decline", start: text.indexOf("The railroad"), end: text.length }],
});
const sentence = (piece: string) => article.sentences.find((s) => s.text.includes(piece))!;

describe("sentence completions", () => {
  const nouns = nounsOf(article.sentences);
  it("blank a figure of the sentence, with figures of the same unit as distractors", () => {
    const s = sentence("400 laborers");
    const target = blankTarget(article, s, nouns)!;
    // "up to 400" is a bound (any smaller crew is as true): the wage the sentence pays is the blank.
    expect(target.text).toBe("about 75");
    for (const d of target.distractors) {
      expect(d.text).toMatch(/^about \d+$/);
      expect(s.text).not.toContain(d.text);
      expect(d.feedback).toContain("75");
    }
  });
  it("never blank the first word, and distractors of a name are names of the same kind", () => {
    const s = sentence("Ellen Price");
    const d = entityDistractors(
      article,
      article.entities.find((e) => e.text === "Millbrook")!,
      s,
    );
    expect(d.map((x) => x.text)).not.toContain("Mayor");
    for (const e of article.entities)
      if (e.first === 0) expect(["Critics", "Farmers", "Traffic", "Most"]).not.toContain(e.text);
  });
  it("short answers accept the bare figure and a surname", () => {
    const s = sentence("400 laborers");
    const draft = blankDraft(article, s, blankTarget(article, s, nouns)!, true)!;
    expect(draft.question.type).toBe("short_answer");
    expect(draft.question.prompt).toContain("_____");
    expect(draft.question.acceptedAnswers).toContain("75");
  });
});

describe("true/false statements", () => {
  it('a false statement turns the claim, never inserts "not"; a true one is restated, not copied', () => {
    // (A year alone, "reached Millbrook in 1861" → 1862, is a trivial edit the sixth review's rubric names.)
    const s = sentence("freight costs fell");
    const edits = falseStatements(article, s);
    expect(edits.length).toBeGreaterThan(0);
    for (const e of edits) {
      expect(e.correct).toBe(false);
      expect(e.text).not.toBe(s.text);
    }
    for (const e of edits) {
      expect(e.how).not.toBe("negation");
      expect(e.text.match(/\bnot\b/g)?.length ?? 0).toBe(s.text.match(/\bnot\b/g)?.length ?? 0);
    }
    expect(edits.some((e) => /freight costs rose by more than half/.test(e.text))).toBe(true);
    const t = trueStatement(sentence("In 1890 the canal was closed"));
    expect(t.correct).toBe(true);
    expect(t.text).toContain("the canal was closed");
    const draft = trueFalseDraft(s, edits[0]!, []);
    expect(draft.question.choices.find((c) => c.correct)?.text).toBe("False");
    expect(draft.question.prompt).toMatch(/^True or false: according to the article, farmers said/);
  });
});

describe("who holds which view", () => {
  it("reads reporting clauses and offers the article's other holders", () => {
    const views = viewsOf(article);
    const holders = views.map((v) => v.holder);
    expect(holders).toEqual(expect.arrayContaining(["Ellen Price", "critics"]));
    // "Farmers said that freight costs fell by more than half": a reported fact, nobody's view.
    expect(holders).not.toContain("farmers");
    const price = views.find((v) => v.holder === "Ellen Price")!;
    expect(price.content).toBe("The canal would make the town rich within a decade");
    // "critics" is a loose label: never offered beside named holders, so two options are too few.
    expect(viewDraft(price, views)).toBeUndefined();
    const more = [
      ...views,
      { ...price, holder: "Tom Hale", content: "The canal would ruin the river trade" },
      { ...price, holder: "Ada Byrne", content: "The canal should wait for a second survey" },
    ];
    const q = viewDraft(price, more)!.question;
    expect(q.skill).toBe("claim_vs_criticism");
    expect(q.choices.filter((c) => c.correct).map((c) => c.text)).toEqual(["Ellen Price"]);
    expect(q.choices.map((c) => c.text)).not.toContain("Critics");
    // Groups ("Farmers") are not offered among named people.
    expect(q.choices.map((c) => c.text)).not.toContain("Farmers");
    expect(q.choices.filter((c) => !c.correct).every((c) => c.feedback?.includes("different view"))).toBe(
      true,
    );
    // A gendered pronoun in the view would point to the one option of that gender.
    expect(
      viewDraft({ ...price, content: "His class would use the canal every week" }, more),
    ).toBeUndefined();
  });
});

describe("cause and effect", () => {
  it("finds causes by their connectives and asks for the reason, among the article's other reasons", () => {
    const canal = readOneSection(
      "The canal company lost money because the railroad carried freight more cheaply. Traffic fell because the canal froze every winter. The boatyard closed because the river port silted up. Easton Falls grew quickly after the mills opened.",
    );
    const causes = causesOf(canal);
    const money = causes.find((c) => c.effect.startsWith("the canal company lost money"))!;
    expect(money.cause).toBe("the railroad carried freight more cheaply");
    const q = causeDraft(money, causes)!.question;
    expect(q.choices.find((c) => c.correct)?.text).toBe("The railroad carried freight more cheaply");
    expect(q.choices.map((c) => c.text)).toContain("The canal froze every winter");
    // An effect is no reason: it is not offered as what led to something (the tenth review's rework 1).
    expect(q.choices.map((c) => c.text)).not.toContain("Traffic fell");
    expect(causeDraft(money, causes.slice(0, 2))).toBeUndefined();
  });

  it("takes no denied reason and no passive 'caused by' as a cause", () => {
    const denied = readOneSection(
      "The mill did not close because its workers were slow or careless. The flooding caused by the new dam ruined two farms.",
    );
    expect(causesOf(denied)).toEqual([]);
  });
});

describe("lists, evidence and vocabulary", () => {
  it("a multiple-select item keys the list's items and offers nouns it does not name", () => {
    const lists = listsOf(article);
    const list = lists.find((l) => l.items.includes("grain"))!;
    expect(list.items).toEqual(["grain", "timber", "coal"]);
    const q = multipleSelectDraft(article, list, nounsOf(article.sentences));
    if (q) {
      expect(q.question.choices.filter((c) => c.correct).map((c) => c.text)).toEqual([
        "grain",
        "timber",
        "coal",
      ]);
      for (const c of q.question.choices.filter((x) => !x.correct))
        expect(list.sentence.text).not.toContain(c.text);
    }
  });
  it("an evidence item offers its source sentence among others of the section", () => {
    // A sentence on the same point shares as many of Part A's words as the key (else the item is refused).
    const loan =
      "In 1866 the council borrowed 40,000 dollars from a bank in Hartwell to build a bridge. The engineer, Clara Voss, had designed two smaller bridges in Ohio. Work began in April 1866 after a dry winter. In 1870 the council asked a bank in Hartwell for 20,000 dollars more, and the bank refused.";
    const town = readForGeneration({
      title: "The Bridge",
      byline: "",
      text: loan,
      sections: [{ heading: "The Bridge", start: 0, end: loan.length }],
    });
    const s = town.sentences[0]!;
    const q = evidenceDraft(town, s, {
      text: "The council borrowed 20,000 dollars from a bank.",
      correct: false,
      how: "number",
      change: "40,000 dollars, not 20,000 dollars",
    })!.question;
    const inside = q.evidenceOptions.filter((o) => o.start >= q.citation.start && o.end <= q.citation.end);
    expect(inside.map((o) => o.text)).toEqual([s.text]);
    expect(q.evidenceOptions.length).toBeGreaterThanOrEqual(3);
    expect(q.choices.map((c) => c.text.length)).toEqual([8, 8]);
  });
  it("vocabulary asks about a rare word, keyed by the sense that fits", () => {
    const rare = rareWordsOf(article);
    const legislature = rare.find((w) => w.token.lemma === "legislature")!;
    expect(legislature).toBeDefined();
    expect(rare.some((w) => ["canal", "town", "year"].includes(w.token.lemma))).toBe(false);
    expect(legislature.sense.definition).toMatch(/laws/);
    // Distractors only from other senses or same-category words: none here, so no item rather than
    // "a metric unit of length" beside a body of lawmakers.
    const q = vocabularyDraft(legislature, rare)?.question;
    if (q) {
      expect(q.choices.length).toBeGreaterThanOrEqual(3);
      expect(q.choices.filter((c) => !c.correct).every((c) => !/laws/.test(c.text))).toBe(true);
    }
  });

  it("leaves out circular definitions", () => {
    expect(circular("geopolitical", "geopolitical", "of or relating to geopolitics")).toBe(true);
    expect(circular("endorsement", "endorsement", "the act of endorsing")).toBe(true);
    expect(circular("boatyard", "boatyard", "a place where boats are built")).toBe(true);
    expect(circular("transatlantic", "transatlantic", "crossing the Atlantic")).toBe(true);
    expect(circular("legislature", "legislature", "persons who make or amend or repeal laws")).toBe(false);
  });
});

describe("the open response", () => {
  it("asks for the author's view only when the article states one", () => {
    const opinion = readForGeneration({
      title: "Start School Later",
      text: "Start School Later\n\nWhy It Matters\n\nI believe our district should start high school at 8:30. Early starts are unfair to teenagers, whose sleep shifts later. We must act.\n\nWhat To Do\n\nI think the board should vote this spring. Buses could run in two waves, and it would be a mistake to wait another year.",
      sections: [
        { heading: "Why It Matters", start: 20, end: 150 },
        { heading: "What To Do", start: 152, end: 300 },
      ],
    } as never);
    expect(opinionMarkers("I believe we should start later; it is unfair.").stance).toBe(1);
    expect(opinionMarkers('"We should go," the mayor said.').total).toBe(0);
    expect(authorOpinion(opinion)).toBeDefined();
    const drafts = overviewDrafts(opinion, new Set(), new Map());
    const open = drafts.find((d) => d.question.type === "open_response")!.question;
    expect(open.prompt).toMatch(/author's own view/);
    expect(open.explanation).toMatch(/^Marking guide: the author's view/);
    // A report (no first-person stance) gets a cross-section response instead, also with an example answer.
    expect(authorOpinion(article)).toBeUndefined();
    const report = overviewDrafts(article, new Set(), new Map()).find(
      (d) => d.question.type === "open_response",
    );
    if (report) {
      expect(report.question.prompt).not.toMatch(/author's own view/);
      expect(report.question.explanation).toMatch(/^Marking guide/);
    }
  });
});
