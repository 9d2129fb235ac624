import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildDocument } from "../../lib/import/build-document";
import { isApparatus, isApparatusHeading, isTaskList } from "../../lib/import/generate/apparatus";
import { readForGeneration } from "../../lib/import/generate/article";
import { headedLessonGroups, lessonGroups } from "../../lib/import/generate/merge-empty";
import { markdownBlocks } from "../../lib/import/read-markdown";
import { readArticle } from "../../lib/import/read-text";

// The tenth review's textbook section: sub-sections, apparatus, a definition list and a unit line (issue 11).

const textbook = readFileSync("docs/generator-reviews/2026-12-07-tenth/textbook-price-ceilings.md", "utf8");
// Built once, as the test file loads: generation takes seconds on a busy machine.
const parsed = readArticle(textbook, "markdown");
const doc = buildDocument(parsed);

describe("a textbook's apparatus is read, never asked", () => {
  it("knows objectives, review questions and summaries by their heading, in any case and numbered", () => {
    for (const h of [
      "Learning objectives",
      "REVIEW QUESTIONS",
      "6.3.4 Check your understanding",
      "Questions for discussion",
      "Key points",
      "Chapter summary:",
      "Key takeaways",
    ])
      expect(isApparatusHeading(h), h).toBe(true);
    for (const h of ["Key terms", "The case for", "Summary of findings", "Questions remain", "Outcomes"])
      expect(isApparatusHeading(h), h).toBe(false);
  });

  it("knows a list of questions or tasks by its shape, whatever its heading", () => {
    const review = [
      "1. The equilibrium price of a ticket is $60. Would a ceiling of $75 be binding? Explain.",
      "2. Using the figures, calculate the shortage if demand rose to 48,000.",
      "3. Which group would vote for the law, and which against? Give reasons.",
    ];
    expect(isApparatus("Over to you", review)).toBe(true);
    expect(
      isTaskList(["You should be able to:", "• explain what a ceiling is;", "• describe two views."]),
    ).toBe(true);
    // A list of facts, or a list inside prose, is content.
    expect(isTaskList(["• Rents rose by 30 per cent.", "• Landlords sold 4,000 flats."])).toBe(false);
    expect(isTaskList(["The council met twice.", "1. Explain the plan?", "2. Describe it?"])).toBe(false);
  });

  it("is found in plain text and HTML as in Markdown", () => {
    const body = "The council voted on the plan after a long debate in the hall about rents and housing.";
    const text = `Rents\n\nThe Vote\n\n${body} ${body}\n\nCheck Your Understanding\n\n1. What did the council vote on?\n\n2. Explain why the debate was long.`;
    const html = `<html><body><article><h1>Rents</h1><h2>The vote</h2><p>${body} ${body}</p><h2>Study questions</h2><ol><li>What did the council vote on?</li><li>Describe the debate.</li></ol></article></body></html>`;
    for (const p of [readArticle(text, "text"), readArticle(html, "html")])
      expect(readForGeneration(p).sections.map((s) => !!s.apparatus)).toEqual([false, true]);
  });

  it("makes no draft, statement or wrong choice from it, and gives it no lesson", () => {
    const article = readForGeneration(parsed);
    const framing = article.sections.filter((s) => s.apparatus).map((s) => s.heading);
    expect(framing).toEqual(["Learning objectives", "Key points", "Review questions"]);
    const spans = article.sections.filter((s) => s.apparatus);
    const apparatusText = spans.map((s) => parsed.text.slice(s.bodyStart, s.end));
    for (const l of doc.lessons) {
      expect(l.title).not.toMatch(/objectives|Key points|Review questions/);
      for (const q of l.questions) {
        expect(spans.some((s) => q.citation.start >= s.start && q.citation.start < s.end)).toBe(false);
        // A statement among the choices (a word or figure may be in both by chance).
        for (const c of q.choices.filter((c) => c.text.split(" ").length >= 4))
          expect(
            apparatusText.some((t) => t.includes(c.text.slice(0, 30))),
            c.text,
          ).toBe(false);
      }
    }
  });
});

describe("sub-sections group under their section", () => {
  it("an empty section opens its first sub-section's lesson, not the previous section's", () => {
    // Worked example (3), "Two views" (0) with "The case for" (2) and "The case against" (1) under it.
    const parts = [
      { drafts: 3, level: 2 },
      { drafts: 0, level: 2 },
      { drafts: 2, level: 3 },
      { drafts: 1, level: 3 },
    ];
    expect(lessonGroups(parts.map((p) => p.drafts))).toEqual([[0, 1], [2], [3]]);
    expect(headedLessonGroups(parts)).toEqual([[0], [1, 2], [3]]);
  });

  it("a family with no draft joins a neighbouring family whole; apparatus joins none", () => {
    const parts = [
      { drafts: 0, level: 2, apparatus: true },
      { drafts: 2, level: 2 },
      { drafts: 0, level: 2 },
      { drafts: 0, level: 3 },
      { drafts: 1, level: 2 },
      { drafts: 0, level: 2, apparatus: true },
    ];
    expect(headedLessonGroups(parts)).toEqual([[1, 2, 3], [4]]);
  });

  it("without levels it is the flat grouping", () => {
    for (const counts of [
      [2, 0, 3],
      [0, 0, 2, 1],
      [3, 0, 0],
      [0, 1, 0, 0, 4],
    ])
      expect(headedLessonGroups(counts.map((drafts) => ({ drafts })))).toEqual(lessonGroups(counts));
  });

  it("reads heading levels from Markdown and HTML, and the textbook's views are a lesson of their own", () => {
    const levels = (p: ReturnType<typeof readArticle>) => p.sections.map((s) => s.level);
    const body =
      "The council voted on the plan after a long debate in the hall about rents and housing. ".repeat(3);
    const html = `<html><body><article><h1>Rents</h1><h2>Background</h2><p>${body}</p><h2>Views</h2><p>${body}</p><h3>For</h3><p>${body}</p></article></body></html>`;
    expect(levels(readArticle(html, "html"))).toEqual([2, 2, 3]);
    expect(levels(parsed)).toEqual([2, 2, 2, 2, 2, 2, 3, 3, 3, 2, 2]);
    const titles = doc.lessons.map((l) => l.title);
    expect(titles.find((t) => t.includes("Worked example"))).not.toMatch(/Two views|case for/);
  });
});

describe("a textbook page's furniture and definition lists", () => {
  it("reads a Markdown definition list's term and definition as 'Term: definition'", () => {
    expect(markdownBlocks("**Shortage**\n: The amount by which demand exceeds supply.")).toEqual([
      { kind: "paragraph", text: "Shortage: The amount by which demand exceeds supply." },
    ]);
    expect(markdownBlocks("Term:\n:   Its meaning.")[0]!.text).toBe("Term: Its meaning.");
  });

  it("drops a short unit or book line between the title and the first heading", () => {
    const text = parsed.text;
    expect(text.startsWith("Learning objectives")).toBe(true);
    expect(text).not.toContain("Second Edition");
  });
});
