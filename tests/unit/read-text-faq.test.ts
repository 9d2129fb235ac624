import { describe, expect, it } from "vitest";
import { readArticle } from "../../lib/import/read-text";

const answer =
  "The council will collect the green bin every other week from March, and the food bin every week on the same day as before.";

describe("a plain-text FAQ page", () => {
  it("takes the line under a stacked letterhead as the title", () => {
    const text = `RIVERTON CITY COUNCIL\nParks Department\n\nNEW OPENING HOURS FOR CITY PARKS EXPLAINED\n\n${answer} ${answer}`;
    expect(readArticle(text, "text").title).toBe("NEW OPENING HOURS FOR CITY PARKS EXPLAINED");
  });

  it("makes three or more standalone question lines its section headings", () => {
    const text = `Bin Changes Explained\n\n${answer}\n\nWhat is changing?\n\n${answer}\n\nWhy is this happening?\n\n${answer}\n\nWill it cost more?\n\n${answer}`;
    expect(readArticle(text, "text").sections.map((s) => s.heading)).toEqual([
      "What is changing?",
      "Why is this happening?",
      "Will it cost more?",
    ]);
  });

  it("leaves one rhetorical question and an interview's labelled questions in the text", () => {
    const prose = `Bin Changes Explained\n\n${answer}\n\nSo why does this matter?\n\n${answer}\n\nASK: Why now?\n\n${answer}\n\nASK: Who pays?\n\n${answer}`;
    expect(readArticle(prose, "text").sections).toHaveLength(1);
  });

  it("drops a closing contact block of short lines", () => {
    const text = `Bin Changes Explained\n\n${answer}\n\nWhat is changing?\n\n${answer}\n\nContact us\n\nCivic Centre, Abbey Street, Riverton\nTelephone: 01632 960 414\n\nThis page is available in large print.`;
    const article = readArticle(text, "text");
    expect(article.text).not.toMatch(/Telephone|large print|Contact us/);
  });
});
