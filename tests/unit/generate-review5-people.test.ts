import { describe, expect, it } from "vitest";
import { readOneSection } from "../support/one-section";
import { viewDraft, viewsOf } from "../../lib/import/generate/perspective";
import { falseStatements } from "../../lib/import/generate/true-false";

// Opinion texts that name their opponents behind titles and appositions get who-argues-what items (issue 15,
// after the fourth review).

describe("who holds this view, read from people the entity reader types through titles", () => {
  const article = readOneSection(
    [
      "A large review of studies by the education researcher Dr. Lena Fairbrook, published in 2021, found that homework helped older students noticeably but made little difference for pupils under twelve.",
      "Marcus Adeyemi, who has been head teacher of Brookfield Primary for fourteen years, argues that a small amount of regular homework teaches habits that children will need later.",
      "A second objection comes from Dr. Samuel Oyelaran, who studies learning at the university and has written that banning weekend work would simply push the same load onto weeknights.",
      "The county council found that the library was busier on Saturdays than on any weekday.",
    ].join(" "),
  );
  const views = viewsOf(article);

  it("reads a finding and a view held inside the sentence, with the person as holder", () => {
    expect(views.map((v) => [v.holder, v.found ?? false])).toEqual([
      ["Lena Fairbrook", true],
      ["Marcus Adeyemi", false],
      ["Samuel Oyelaran", false],
    ]);
    expect(views[2]!.content).toBe("Banning weekend work would simply push the same load onto weeknights");
  });

  it("asks who found a finding, with the other named people as options", () => {
    const q = viewDraft(views[0]!, views, article)!.question;
    expect(q.prompt).toMatch(/^According to the article, whose work found this: "Homework helped/);
    expect(q.choices.map((c) => c.text).sort()).toEqual(
      ["Lena Fairbrook", "Marcus Adeyemi", "Samuel Oyelaran"].sort(),
    );
  });

  it("keeps a quotation inside a view in single quotes, so the stem's quotes stay whole", () => {
    const a = readOneSection(
      'Robert Lyle argued that the hotel tax revenue was "not as steady as people think," because it depends on tourism. Helen Marsh said the city should keep the branches open longer.',
    );
    const v = viewsOf(a).find((x) => x.holder === "Robert Lyle")!;
    expect(v.content).toContain("‘not as steady as people think,’");
    expect(v.content).not.toMatch(/["“”]/);
  });
});

describe("a view whose holder goes on in a second clause, and a study's year read as a count", () => {
  it("keeps the view and leaves the holder's next clause out", () => {
    const a = readOneSection(
      "The psychologist Jonathan Haidt argues that smartphones and social media are a major cause of rising anxiety among teenagers, and he calls for phone-free schools as one remedy. Candice Odgers says schools should teach students to manage their own devices.",
    );
    const v = viewsOf(a).find((x) => x.holder === "Jonathan Haidt")!;
    expect(v.content).toBe(
      "Smartphones and social media are a major cause of rising anxiety among teenagers",
    );
  });
});

it("no true/false edit on a study's year written before the study ('a widely shared 2015 study')", () => {
  const a = readOneSection(
    "A widely shared 2015 study from the London School of Economics found that test scores rose after schools in four English cities restricted phones. France banned phones in schools in 2018.",
  );
  const s = a.sentences.find((x) => x.text.includes("2015"))!;
  expect(falseStatements(a, s).map((x) => x.change ?? "")).not.toContainEqual(expect.stringMatching(/2015/));
});
