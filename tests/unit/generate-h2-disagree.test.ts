import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readForGeneration } from "../../lib/import/generate/article";
import { generateLessons } from "../../lib/import/generate/lessons";
import { viewsOf } from "../../lib/import/generate/perspective";
import { viewStatementDraft } from "../../lib/import/generate/true-false-views";
import { readArticle } from "../../lib/import/read-text";
import { readOneSection } from "../support/one-section";

// Two named experts who disagree, as a history, science or news article sets them side by side.
const EXPERTS = [
  "Dr Miriam Osei, who has studied the mill's accounts, argues that the strike only hastened a closure that was already planned.",
  "She points out that the owners had stopped buying new looms two years before.",
  "Professor Daniel Voss disagrees.",
  "He has read the owners' letters and finds that they were still planning a second mill in the spring of the strike.",
].join(" ");

/** The false who-holds-it statement on Dr Miriam Osei's view, if one is made. */
const falseForOsei = (a: ReturnType<typeof readOneSection>) => {
  const vs = viewsOf(a);
  return viewStatementDraft(
    vs.find((v) => v.holder === "Miriam Osei")!,
    vs,
    a,
    false,
  );
};

describe("who holds a view the reporting patterns used to miss", () => {
  it("reads a pronoun after a closing quotation as the person named before it", () => {
    const article = readOneSection(
      'Mayor Ellen Price wants the old library closed this year. "The town cannot afford to heat two buildings through another winter," she said.',
    );
    expect(viewsOf(article).map((v) => [v.holder, v.content])).toEqual([
      ["Ellen Price", "The town cannot afford to heat two buildings through another winter"],
    ]);
  });

  it("reads 'He has … and finds that …' as the finding of the person just named", () => {
    const views = viewsOf(readOneSection(EXPERTS));
    const voss = views.find((v) => v.holder === "Daniel Voss");
    expect(voss?.content).toBe("They were still planning a second mill in the spring of the strike");
    expect(voss?.found).toBe(true);
  });

  it("keeps a view that opens on 'the' after its 'that' whole, however many 'that's follow", () => {
    const views = viewsOf(
      readOneSection(
        "Dr Miriam Osei argues that the strike only hastened a closure that was already planned.",
      ),
    );
    expect(views.map((v) => v.content)).toEqual([
      "The strike only hastened a closure that was already planned",
    ]);
  });

  it("gives the 'he' after 'X disagrees with Y.' to X, not to Y named nearer", () => {
    const views = viewsOf(
      readOneSection(
        [
          "Dr Ruth Calloway, who has studied the port records, argues that the flood only sped up a decline that had already begun.",
          "Professor Adewale Kuti disagrees with Dr Calloway.",
          "He argues that the harbour was busy and growing right up to the year of the flood.",
        ].join(" "),
      ),
    );
    expect(views.find((v) => /harbour was busy/.test(v.content))?.holder).toBe("Adewale Kuti");
  });
});

describe("a view too few people hold for three options, asked as a true/false on who holds it", () => {
  const article = readOneSection(
    [
      "Dr Miriam Osei, who has studied the mill's accounts, argues that the strike only hastened a closure that was already planned.",
      "Professor Daniel Voss disagrees.",
      "He argues that the mill would have stayed open for another decade without the strike.",
    ].join(" "),
  );
  const views = viewsOf(article);
  const osei = views.find((v) => v.holder === "Miriam Osei")!;

  it("gives the view to its holder when true and to the other expert, in the same words, when false", () => {
    const yes = viewStatementDraft(osei, views, article, true)!.question;
    const no = viewStatementDraft(osei, views, article, false)!.question;
    expect(yes.prompt).toBe(
      "True or false: according to the article, Miriam Osei argues that the strike only hastened a closure that was already planned.",
    );
    expect(no.prompt).toBe(yes.prompt.replace("Miriam Osei", "Daniel Voss"));
    expect(yes.skill).toBe("claim_vs_criticism");
    expect(yes.choices.find((c) => c.correct)?.text).toBe("True");
    expect(no.choices.find((c) => c.correct)?.text).toBe("False");
    // The wrong "True" is answered with what the real holder says.
    expect(no.choices.find((c) => c.text === "True")?.feedback).toContain(
      "argues that the strike only hastened a closure",
    );
  });

  it("says 'says' of a view the article only reports as said, in both keys", () => {
    const a = readOneSection(
      [
        "Port manager Hollis Brandt said the county would review ridership figures in the autumn before changing prices.",
        "Councillor Marisol Teague said the return of the ferry would make the biggest difference for students.",
      ].join(" "),
    );
    const vs = viewsOf(a);
    const brandt = vs.find((v) => v.holder === "Hollis Brandt")!;
    expect(viewStatementDraft(brandt, vs, a, true)?.question.prompt).toBe(
      "True or false: according to the article, Hollis Brandt says that the county would review ridership figures in the autumn before changing prices.",
    );
    expect(viewStatementDraft(brandt, vs, a, false)?.question.prompt).toMatch(
      /Marisol Teague says that the county/,
    );
  });

  it("is not made when the only other holder also holds the view", () => {
    const text = [
      "Dr Miriam Osei argues that the strike only hastened a closure that was already planned.",
      "Professor Daniel Voss agrees that the strike only hastened a closure the owners had already planned.",
      "He argues that the looms were too old to run for another decade.",
    ].join(" ");
    const a = readOneSection(text);
    expect(falseForOsei(a)).toBeUndefined();
  });
});

describe("the lessons of an article where two historians disagree", () => {
  it("ask who holds which view", () => {
    const parsed = readArticle(
      readFileSync("docs/generator-reviews/2026-12-07-ninth/history-river-auder-moved.md", "utf8"),
      "markdown",
    );
    const asked = generateLessons(parsed)
      .flatMap((l) => l.questions)
      .filter((q) => q.skill === "claim_vs_criticism")
      .map((q) => q.prompt);
    expect(asked.some((p) => /Ruth Calloway|Adewale Kuti/.test(p))).toBe(true);
  });
});

describe("who holds a quotation closed by a pronoun, and who may be the false holder", () => {
  it("reads no first-person quotation as a view, nor gives one to a team named like a person", () => {
    // A match report: "Kestrel Vale's coach, Dana Whitfield, said …" then '"For thirty minutes we played …," she said.'
    const parsed = readArticle(
      readFileSync("docs/generator-reviews/2026-12-07-sixth/match-report-riverside-cup.html", "utf8"),
      "html",
    );
    const views = viewsOf(readForGeneration(parsed));
    expect(views.map((v) => v.holder)).not.toContain("Kestrel Vale");
    expect(views.some((v) => /\b(?:we|I)\b/.test(v.content))).toBe(false);
  });

  it("gives a quotation closed by 'she said' to nobody when the name just before is not read as a person", () => {
    const article = readOneSection(
      [
        "A header from substitute Tomas Reyes sent Harlow Park Juniors into the final, ending a semi-final that Kestrel Vale had controlled.",
        "Kestrel Vale kept the ball well for the next twenty minutes.",
        "Kestrel Vale's coach, Dana Whitfield, said her team had lost their way after the equaliser.",
        '"The referee should have stopped the match for the injury," she said.',
      ].join(" "),
    );
    expect(viewsOf(article).map((v) => v.holder)).not.toContain("Tomas Reyes");
  });

  it("is never someone the article says agrees, nor one whose own view repeats it", () => {
    const agreeing = readOneSection(
      [
        "Dr Miriam Osei argues that the strike only hastened a closure that was already planned.",
        "Professor Daniel Voss agrees.",
        "He argues that the looms were too old to run for another decade.",
      ].join(" "),
    );
    const echoing = readOneSection(
      [
        "Dr Miriam Osei argues that the strike only hastened a closure that was already planned.",
        "Professor Daniel Voss has read the owners' letters.",
        "He argues that the owners had planned the closure long before the strike.",
      ].join(" "),
    );
    for (const a of [agreeing, echoing]) {
      expect(viewsOf(a).map((v) => v.holder)).toContain("Daniel Voss");
      expect(falseForOsei(a)).toBeUndefined();
    }
  });
});
