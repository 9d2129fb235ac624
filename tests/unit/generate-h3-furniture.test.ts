import { describe, expect, it } from "vitest";
import { isFurniture } from "../../lib/import/page-furniture";
import { readHtml } from "../../lib/import/read-html";
import { readArticle } from "../../lib/import/read-text";

const prose =
  "The council met on Tuesday to discuss the plan for the park. Residents spoke for two hours about noise, cost and safety. The vote is set for next month, after a second public meeting in the town hall.";

describe("page furniture of the sixth review", () => {
  it("drops a byline line with a date and a reading time, its separators not counted as words", () => {
    expect(isFurniture("By Priya Okafor-Banks · Saturday 14 November 2026 · 4 min read")).toBe(true);
  });

  it("drops a correction note that has no label", () => {
    expect(
      isFurniture(
        "This article was updated on 15 November to correct the spelling of Rosa Lindqvist's name.",
      ),
    ).toBe(true);
    expect(isFurniture("This article explains how the ferry was updated for winter crossings.")).toBe(false);
  });

  it("drops a source line under a plain text's title, not a sentence", () => {
    const read = readArticle(
      `The Town Park Plan\n\nMuseum of the Wendle Valley, Gallery 3 exhibit guide\n\n${prose}\n\n${prose}`,
      "text",
    );
    expect(read.text.startsWith("The council met")).toBe(true);
  });

  it("drops a dateline's place before a plain text's first sentence", () => {
    const read = readArticle(`The Town Park Plan\n\nASHBURY — ${prose}\n\n${prose}`, "text");
    expect(read.text.startsWith("The council met")).toBe(true);
  });

  it("keeps a data table's rows as lines of cells", () => {
    const html = `<html><body><article><h1>The Cup Semi-Final</h1><p>${prose}</p><p>${prose}</p><h2>Statistics</h2><table><tr><th>Statistic</th><th>Home</th><th>Away</th></tr><tr><td>Goals</td><td>3</td><td>2</td></tr></table><h2>Next</h2><p>${prose}</p></article></body></html>`;
    const texts = readHtml(html).blocks.map((b) => b.text);
    expect(texts).toContain("Statistic · Home · Away");
    expect(texts).toContain("Goals · 3 · 2");
  });
});
