import { describe, expect, it } from "vitest";
import { bylineOfLine, cleanByline, withoutSiteName } from "../../lib/import/article-meta";
import { isFurniture, withoutDateline, withoutPageSentences } from "../../lib/import/page-furniture";
import { readArticle } from "../../lib/import/read-text";

describe("bylines", () => {
  it.each([
    ["By Dana Whitfield, Staff Reporter", "Dana Whitfield"],
    ["Written by Ingrid Solberg, Science Correspondent", "Ingrid Solberg"],
    ["by Tomás Reyes", "Tomás Reyes"],
    ["By Rosalind Achebe | Garden Desk", "Rosalind Achebe"],
    ["Ann Lee, Bo Chen and Li Wu", "Ann Lee, Bo Chen and Li Wu"],
    ["By Maria Lopez 1.2k views", "Maria Lopez"],
    ["https://social.example/annlee", ""],
  ])("%s gives %j", (raw, name) => expect(cleanByline(raw)).toBe(name));

  it("a sentence starting with By is no byline", () => {
    expect(bylineOfLine("By the end of the year, the canal had carried more grain than ever before.")).toBe(
      null,
    );
    expect(bylineOfLine("Interview by Ruben Castellano")).toBe("Ruben Castellano");
  });
});

describe("site names in titles", () => {
  it("drops the site's name, named on the page or as the short last part", () => {
    expect(withoutSiteName("Harbor Ferry Returns | The Alder Gazette", ["The Alder Gazette"])).toBe(
      "Harbor Ferry Returns",
    );
    expect(withoutSiteName("The Canal That Built Millbrook, 1821–1890 – Riverbend Review", [])).toBe(
      "The Canal That Built Millbrook, 1821–1890",
    );
    expect(withoutSiteName("Cats - A Long History of Living With People", [])).toBe(
      "Cats - A Long History of Living With People",
    );
  });
});

describe("page furniture", () => {
  it.each([
    "5 min read",
    "Share this article",
    "Share this:",
    "Sign up for our morning newsletter to get local news in your inbox.",
    "Related: County approves dock repair contract",
    "Correction: An earlier version of this article misstated the length of the crossing.",
    "May 3, 2026 · Updated 4:12 p.m.",
    "08.14.2026",
    "Posted on February 11, 2026",
    "Photo: Gazette staff",
  ])("drops %j", (line) => expect(isFurniture(line)).toBe(true));

  it.each([
    "The canal opened on October 4, 1826.",
    "Published in August, the study found that the glacier thinned by 1.4 metres a year.",
    "Related species of coral survive warmer water better than their neighbours do.",
    "Share prices fell by 3 percent after the announcement, the company said.",
    "More than 300 items are now in the collection.",
  ])("keeps %j", (line) => expect(isFurniture(line)).toBe(false));

  it.each([
    [
      "She spoke with us about storms. The conversation has been edited for length.",
      "She spoke with us about storms.",
    ],
    ["This interview has been condensed and edited for clarity.", ""],
    ["Get the Courier's morning briefing in your inbox. Sign up here.", ""],
    ["Subscribe to our weekly science digest.", ""],
  ])("takes the editor's note or sign-up pitch out of %j", (paragraph, left) =>
    expect(withoutPageSentences(paragraph)).toBe(left),
  );

  it.each([
    "Parents can sign up for the after-school club at the front office before Friday.",
    "The editor said the report was edited twice before it went to the board.",
    "Students who sign up get a library card the same day.",
  ])("keeps the story's sentence %j", (paragraph) => expect(withoutPageSentences(paragraph)).toBe(paragraph));

  it("takes a dateline's place off the first sentence, and only a place", () => {
    expect(withoutDateline("PORT ALDER — The passenger ferry returned.")).toBe(
      "The passenger ferry returned.",
    );
    expect(withoutDateline("NASA — the agency — said so.")).toBe("NASA — the agency — said so.");
    expect(withoutDateline("The ferry — a 40-year-old boat — returned.")).toBe(
      "The ferry — a 40-year-old boat — returned.",
    );
  });
});

describe("HTML pages", () => {
  const prose =
    "<p>The council met on Tuesday and voted to repair the old bridge over the river before winter arrives. Engineers said the work would take about four months and cost less than a new bridge. Residents who use the bridge every day welcomed the decision at the meeting.</p>";
  it("a headline outside <article> and a kicker above it: the h1 is the title, the kicker is gone", () => {
    const html = `<html><head><title>Town News</title></head><body><p class="kicker">Local News</p><h1>Bridge to Be Repaired</h1><article>${prose}${prose}</article></body></html>`;
    const a = readArticle(html, "html");
    expect(a.title).toBe("Bridge to Be Repaired");
    expect(a.text).not.toContain("Local News");
  });
  const paragraphs = (n: number) => `<p>${prose.slice(3, -4)}</p>`.repeat(n);
  it("a kicker heading and a plain 'By …' line in the article's header: neither is a section, the byline is found", () => {
    const html = `<html><head><title>Bridge to Be Repaired - Town Crier</title></head><body><article><header><h3>Local News</h3><h1>Bridge to Be Repaired</h1><p>By <a href="/jo">Jo Park</a> | June 2, 2025</p><p>Jo Park · 3 min read</p></header>${paragraphs(3)}<h2>What Comes Next</h2>${paragraphs(2)}</article></body></html>`;
    const a = readArticle(html, "html");
    expect([a.title, a.byline]).toEqual(["Bridge to Be Repaired", "Jo Park"]);
    expect(a.sections.map((s) => s.heading)).toEqual(["What Comes Next"]);
    expect(a.text).not.toMatch(/Local News|Jo Park|min read/);
  });
  it("JSON-LD in an @graph names the headline and every author", () => {
    const ld = JSON.stringify({
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "WebSite", name: "Crier" },
        { "@type": "Article", headline: "Bridge to Be Repaired", author: ["Jo Park", { name: "Sam Lee" }] },
      ],
    });
    const html = `<html><head><script type="application/ld+json">${ld}</script></head><body><div><span>Opinion</span><h2>Bridge to Be Repaired</h2></div><div>${paragraphs(4)}</div></body></html>`;
    const a = readArticle(html, "html");
    expect([a.title, a.byline]).toEqual(["Bridge to Be Repaired", "Jo Park and Sam Lee"]);
  });
  it("a site's logo in an <h1> is not the title; an h1 the <title> begins with is", () => {
    const logo = `<html><head><title>Bridge to Be Repaired | Town Crier</title></head><body><h1 class="logo">Town Crier</h1><main><h2>Bridge to Be Repaired</h2>${paragraphs(4)}</main></body></html>`;
    expect(readArticle(logo, "html").title).toBe("Bridge to Be Repaired");
    const section = `<html><head><title>Bridge to Be Repaired Before Winter - Local - Town Crier</title></head><body><h1>Bridge to Be Repaired Before Winter</h1><main>${paragraphs(4)}</main></body></html>`;
    expect(readArticle(section, "html").title).toBe("Bridge to Be Repaired Before Winter");
  });
  it("a pasted fragment of a page reads like the page, a list item's paragraph keeps its number", () => {
    const a = readArticle(
      `<h1>Bridge</h1><p>By Ann Lee</p><ol start="3"><li><p>Plan the work.</p></li><li>Do it.</li></ol>${prose}${prose}`,
      "html",
    );
    expect([a.title, a.byline]).toEqual(["Bridge", "Ann Lee"]);
    expect(a.text).toMatch(/^3\. Plan the work\.\n\n4\. Do it\.\n\nThe council/);
    expect(readArticle(`${prose.slice(3, -4)} `.repeat(3), "html").text).toMatch(/^The council/);
  });
  it("a page with too little text for Readability still reads its <article>", () => {
    const html = `<html><body><nav>Home</nav><article><h1>Bridge</h1><p class="byline">By Ann Lee</p>${prose}</article></body></html>`;
    const a = readArticle(html, "html");
    expect([a.title, a.byline]).toEqual(["Bridge", "Ann Lee"]);
    expect(a.text).not.toMatch(/Home|By Ann/);
  });
});

describe("text copied out of a web page", () => {
  it("loses its reading time, share and newsletter lines as a page does", () => {
    const body =
      "The council met on Tuesday and voted to repair the old bridge over the river before winter arrives. Engineers said the work would take about four months and cost less than a new bridge.";
    const pasted = `Bridge to Be Repaired\n\nBy Jo Park, Staff Writer\n\n4 min read\n\n${body}\n\nShare this article\n\n${body}\n\nSign up for our newsletter to get the news first.`;
    const a = readArticle(pasted, "text");
    expect([a.title, a.byline]).toEqual(["Bridge to Be Repaired", "Jo Park"]);
    expect(a.text).toBe(`${body}\n\n${body}`);
  });
});
