import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { labelledBylineOfLine } from "../../lib/import/article-meta";
import { isFurniture, withoutPageSentences } from "../../lib/import/page-furniture";
import { markdownBlocks } from "../../lib/import/read-markdown";
import { readArticle } from "../../lib/import/read-text";
import { withoutRepeatedQuotes } from "../../lib/import/repeated-quotes";

const story =
  "The council voted on Tuesday to close the old pier for repairs. Engineers found cracks in three of its piles, and the work will take about a year. Fishing boats will use the new quay meanwhile.";

describe("a news page's furniture in Markdown and text", () => {
  it("finds a labelled byline below a standfirst and drops its line", () => {
    const md = `# Pier to close\n\n*A year of repairs lies ahead.*\n\n**By Ann Lee** · Local news · 3 November 2026\n\n${story}`;
    const article = readArticle(md, "markdown");
    expect(article.byline).toBe("Ann Lee");
    expect(article.text).not.toContain("Local news");
    const txt = `Pier to close\n\nA year of repairs lies ahead.\n\nBy Ann Lee | Local news | 3 November 2026\n\n${story}`;
    expect(readArticle(txt, "text").byline).toBe("Ann Lee");
    const html = `<html><body><article><h1>Pier to close</h1><p>${story}</p><p>By Ann Lee · Local news · 3 November 2026</p><p>${story}</p><p>${story}</p></article></body></html>`;
    const page = readArticle(html, "html");
    expect(page.byline).toBe("Ann Lee");
    expect(page.text).not.toContain("Local news");
  });

  it("takes no sentence for a byline", () => {
    expect(labelledBylineOfLine("By noon the rain had stopped · and the boats went out")).toBeNull();
    expect(labelledBylineOfLine("By Ann Lee")).toBeNull();
    expect(labelledBylineOfLine("By Tomas Reilly · Obituaries · 3 November 2026")).toBe("Tomas Reilly");
  });

  it("drops an image's caption: an italic paragraph under it, or lines in its own paragraph", () => {
    const md = `![pier](p.jpg)\n\n*The old pier at low tide.*\n\n${story}\n\n![quay](q.jpg)\nThe new quay, built in 2019.\n\n*Kept: an italic line with no image above.*`;
    expect(markdownBlocks(md).map((b) => b.text)).toEqual([
      story,
      "Kept: an italic line with no image above.",
    ]);
  });

  it("drops a caption that ends in its credit, in any format", () => {
    expect(isFurniture("The old pier at low tide in 1991. Photograph: Courier archive")).toBe(true);
    expect(isFurniture("The pier at dawn. Photo: Ann Lee/Courier")).toBe(true);
    expect(isFurniture("The photograph was taken in 1991: it shows the pier.")).toBe(false);
  });

  it("drops a pull quote that repeats a quotation the story prints", () => {
    const quote = {
      kind: "paragraph" as const,
      text: '"A full net tells you that you found the fish," she wrote. "It does not tell you how many."',
    };
    const pull = {
      kind: "paragraph" as const,
      text: '"A full net tells you that you found the fish. It does not tell you how many."',
    };
    const other = { kind: "paragraph" as const, text: story };
    expect(withoutRepeatedQuotes([pull, other, quote])).toEqual([other, quote]);
    expect(withoutRepeatedQuotes([quote, other, pull])).toEqual([quote, other]);
    expect(withoutRepeatedQuotes([other, other])).toEqual([other, other]);
    expect(
      withoutRepeatedQuotes([
        { kind: "paragraph", text: "It rained." },
        { kind: "paragraph", text: "It rained." },
      ]),
    ).toHaveLength(2);
  });

  it("drops a call for readers' memories with its address, and keeps a question without one", () => {
    expect(
      withoutPageSentences("Do you have memories of Ann Lee? Write to obituaries@courier.example."),
    ).toBe("");
    expect(withoutPageSentences("Share your photos of the pier. Email pier@courier.example.")).toBe("");
    expect(withoutPageSentences("Do you have memories of the pier?")).toBe(
      "Do you have memories of the pier?",
    );
    expect(withoutPageSentences("The pier opened in 1901. Write to pier@courier.example.")).toBe(
      "The pier opened in 1901.",
    );
  });
});

describe("the eleventh review's obituary", () => {
  it("keeps its byline out of the text and its story without caption, pull quote or call for memories", () => {
    const md = readFileSync("docs/generator-reviews/2026-12-08-eleventh/obituary-ines-halloran.md", "utf8");
    const { byline, text } = readArticle(md, "markdown");
    expect(byline).toBe("Tomas Reilly");
    expect(text).not.toMatch(/Obituaries|Photograph|memories/);
    expect(text.split("A full net tells you")).toHaveLength(2);
  });
});
