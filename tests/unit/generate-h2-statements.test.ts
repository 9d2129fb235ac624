import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readArticle } from "../../lib/import/read-text";
import { readForGeneration } from "../../lib/import/generate/article";
import { readOneSection } from "../support/one-section";
import { falseStatements, trueFalseDraft, trueStatement } from "../../lib/import/generate/true-false";

// True/false statements after the sixth review (issue 15): meaning edits rather than trivial figures, pronouns
// named, names capitalised, restatements that keep their meaning and parse.

const one = readOneSection;
const sentenceOf = (article: ReturnType<typeof one>, piece: string) =>
  article.sentences.find((s) => s.text.includes(piece))!;
const names = (article: ReturnType<typeof one>) =>
  article.entities.filter((e) => e.kind === "person" || e.kind === "place").map((e) => e.text);

describe("false statements turn the claim, not an incidental figure", () => {
  it("turns the claim before an incidental figure ('in all four mills', 'of their last five')", () => {
    const a = one(
      "Gas lighting replaced oil lamps in all four mills by 1865, and insurance costs rose. The two new mills had five floors each. Harlow Park had lost two of their last five matches before the final.",
    );
    expect(falseStatements(a, sentenceOf(a, "all four mills"))[0]?.text).toMatch(
      /all four mills.*costs fell/,
    );
    // "lost two" is what the sentence says happened; "of their last five" only counts the matches.
    for (const st of falseStatements(a, sentenceOf(a, "last five"))) expect(st.text).toMatch(/last five/);
  });

  it("no edit of a year or date: the year of a report is no finding", () => {
    const a = one(
      "In 2017 a team led by Ana Boothby reported that the animals survived the cold. A later study in 2020 found the same.",
    );
    for (const st of falseStatements(a, sentenceOf(a, "Boothby")))
      expect(st.text).not.toMatch(/\b(?:2020|20[01]\d)\b(?<!2017)/);
  });

  it("no edit of a span counted from a year ('twice since 2024' → 'since 2017')", () => {
    const a = one(
      "The town has delayed repairs to the Millpond footbridge twice since 2024. The bridge was built in 1990 and closed in 2017.",
    );
    for (const st of falseStatements(a, sentenceOf(a, "twice since"))) expect(st.text).toMatch(/since 2024/);
  });

  it("a figure that is what the sentence found or cost may change, within a plausible range", () => {
    const a = one(
      "The repairs cost about $150,000 in the first year. A second plan would have cost about $410,000. The hardest section took nearly five years to cut through. The canal then carried boats for seventy years.",
    );
    const [cost] = falseStatements(a, sentenceOf(a, "The repairs cost"));
    expect(cost?.how).toBe("number");
    // "seventy" for "five" would be false at sight.
    for (const st of falseStatements(a, sentenceOf(a, "hardest section")))
      expect(st.text).not.toMatch(/seventy/);
  });

  it("turns the outcome ('rose' → 'fell') or the comparison ('more … than' → 'less … than')", () => {
    const a = one(
      "A study from the capital found that test scores rose after schools restricted phones. Dark ice absorbs more sunlight than fresh snow does.",
    );
    expect(falseStatements(a, sentenceOf(a, "scores rose"))[0]?.text).toMatch(/test scores fell after/);
    expect(falseStatements(a, sentenceOf(a, "Dark ice"))[0]?.text).toMatch(/absorbs less sunlight than/);
    // "more" of a verb is "less", not "fewer" ("Placement matters fewer than…" read as a count).
    const b = one(
      "Placement matters more than most beginners expect. A gauge costs little to build at home.",
    );
    expect(falseStatements(b, sentenceOf(b, "Placement"))[0]?.text).toBe(
      "Placement matters less than most beginners expect.",
    );
  });

  it("gives a view to the other side ('supporters' → 'critics')", () => {
    const a = one(
      "The mayor's supporters defended the plan as a careful way to save money. The council met again in May to discuss it.",
    );
    expect(falseStatements(a, sentenceOf(a, "supporters"))[0]?.text).toMatch(/mayor's critics defended/);
  });

  it("swaps a speaker named by surname for another person of the article (who said what)", () => {
    const a = one(
      "County transport director Hollis Brandt said the service would resume in June. Shop owner Nadia Teague said her deliveries arrived late. Engineer Tom Okafor said he checked every piling. Brandt said the county would review ridership figures in the autumn.",
    );
    const [st] = falseStatements(a, sentenceOf(a, "review ridership"));
    expect(st?.how).toBe("actor");
    // Brandt is "he" nowhere; Teague is "her": the nearest person not of another pronoun.
    expect(st?.text).toMatch(/^(?:Okafor|Teague) said the county would review/);
  });

  it("never swaps a team named like a person for a goalkeeper", () => {
    const file = "docs/generator-reviews/2026-12-07-sixth/match-report-riverside-cup.html";
    const a = readForGeneration(readArticle(readFileSync(file, "utf8"), "html"));
    for (const st of falseStatements(a, sentenceOf(a, "curled a shot")))
      expect(st.text).not.toMatch(/goalkeeper Kestrel Vale/);
  });
});

describe("a statement is read alone", () => {
  const ferry = one(
    "County transport director Hollis Brandt spoke at the landing on Monday. He said the county expects around 60,000 trips a year once the summer schedule begins. Her report counted 64 cracked pilings at the island landing.",
  );

  it("names the person an opening pronoun stands for", () => {
    const t = trueStatement(sentenceOf(ferry, "He said the county"), names(ferry));
    expect(t.text).toBe(
      "According to Hollis Brandt, the county expects around 60,000 trips a year once the summer schedule begins.",
    );
  });

  it("gives no statement where the pronoun's person is not clear ('Her' after a man)", () => {
    const s = sentenceOf(ferry, "Her report");
    expect(trueStatement(s, names(ferry)).how).not.toBe("moved");
    expect(falseStatements(ferry, s)).toEqual([]);
  });

  it("lower-cases a job before a name ('hydrologist Sunniva Dahl'), not the name", () => {
    const a = one(
      "Hydrologist Sunniva Dahl said that the summer flow is expected to peak within twenty years. The river feeds three towns.",
    );
    const s = sentenceOf(a, "Hydrologist");
    const st = { text: s.text, correct: false, how: "test" };
    expect(trueFalseDraft(s, st, ["Hydrologist Sunniva Dahl"]).question.prompt).toMatch(
      /according to the article, hydrologist Sunniva Dahl/,
    );
  });

  it("keeps a name's capital after 'according to the article,' ('Harlow Park', not 'harlow Park')", () => {
    const a = one(
      "Every Saturday in spring, Harlow Park plays its home matches at the old ground by the river. The coach of Harlow Park said the pitch was ready.",
    );
    const s = sentenceOf(a, "Every Saturday");
    const t = trueStatement(s, []);
    expect(t.how).toBe("moved");
    expect(trueFalseDraft(s, t, []).question.prompt).toMatch(/according to the article, Harlow Park plays/);
  });
});

describe("a true statement keeps the sentence's meaning and parses", () => {
  it("does not move a fronted phrase onto a clause inside the rest ('asking … to act within a month')", () => {
    const a = one(
      "Within a month, 1,200 residents had signed a petition asking the town's commissioners to act. The commissioners met in May.",
    );
    const t = trueStatement(sentenceOf(a, "Within a month"), []);
    expect(t.text).not.toMatch(/to act within a month/);
  });

  it("puts a fronted phrase after a reporting verb when the rest holds a clause", () => {
    const a = one(
      "In an article published in 2011, the historian David Okonjo argues that Harcourt's main reason was business. Others disagree.",
    );
    expect(trueStatement(sentenceOf(a, "Okonjo"), ["David Okonjo"]).text).toBe(
      "The historian David Okonjo argues in an article published in 2011 that Harcourt's main reason was business.",
    );
  });

  it("leaves out an aside between the subject and its verb, not a fronted phrase's clause", () => {
    const a = one(
      "Lima, who was thirteen when filming began, gives one of the best performances of the year. In 1845, the canal company recorded 3,600 boat passages, its highest total.",
    );
    expect(trueStatement(sentenceOf(a, "Lima"), []).text).toBe(
      "Lima gives one of the best performances of the year.",
    );
    expect(trueStatement(sentenceOf(a, "In 1845"), []).text).not.toMatch(/In 1845 its highest/);
  });

  it("takes no speaker from a clause that only contains 'said' ('have not said how they will vote')", () => {
    const a = one(
      "The other two have not said how they will vote. The vote is on Tuesday evening at the hall.",
    );
    const t = trueStatement(sentenceOf(a, "other two"), []);
    expect(t.text).not.toMatch(/^According to/);
  });
});
