import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildDocument } from "../../lib/import/build-document";
import { ImportError } from "../../lib/import/parsed-article";
import { readArticle } from "../../lib/import/read-text";
import { applySectionEdits, paragraphStarts } from "../../lib/import/section-edits";

const parsed = readArticle(
  readFileSync("prisma/content/trump-putin-peace-negotiation-strategy.txt", "utf8"),
  "text",
);
const [first, second, third] = parsed.sections as [
  (typeof parsed.sections)[number],
  (typeof parsed.sections)[number],
  (typeof parsed.sections)[number],
];

describe("paragraphStarts", () => {
  it("lists the start of every paragraph of the stored text", () => {
    expect(paragraphStarts("One.\n\nTwo.\n\nThree.")).toEqual([0, 6, 12]);
    expect(paragraphStarts("Only one.")).toEqual([0]);
  });
  it("includes every detected section start", () => {
    const starts = new Set(paragraphStarts(parsed.text));
    for (const s of parsed.sections) expect(starts.has(s.start)).toBe(true);
  });
});

describe("applySectionEdits", () => {
  it("leaves the detected structure as it is when nothing changes", () => {
    const same = parsed.sections.map(({ heading, start }) => ({ heading, start }));
    expect(applySectionEdits(parsed, same)).toEqual(parsed);
  });

  it("renames, merges and splits, keeping sections contiguous over the unchanged text", () => {
    // After the heading line and the paragraph that follows it, so the middle section keeps prose to ask about.
    const splitAt = paragraphStarts(parsed.text).filter((p) => p > third.start)[1]!;
    const edited = applySectionEdits(parsed, [
      { heading: "Renamed opening", start: first.start },
      // The second section is merged into the first: its boundary is gone.
      { heading: third.heading, start: third.start },
      { heading: "The rest", start: splitAt },
    ]);
    expect(edited.text).toBe(parsed.text);
    expect(edited.sections).toEqual([
      { heading: "Renamed opening", start: 0, end: third.start - 2 },
      { heading: third.heading, start: third.start, end: splitAt - 2 },
      { heading: "The rest", start: splitAt, end: parsed.text.length },
    ]);
    expect(edited.text.slice(0, edited.sections[0]!.end)).toContain(second.heading);
    const doc = buildDocument(edited);
    // In order; a section that yields no draft is read with its neighbour, under both headings ("… and The rest").
    const titles = doc.lessons.map((l) => l.title).join(" | ");
    expect(titles).toMatch(/^Renamed opening \| /);
    expect(titles.indexOf(third.heading)).toBeLessThan(titles.indexOf("The rest"));
    expect(titles.indexOf(third.heading)).toBeGreaterThan(0);
    for (const lesson of doc.lessons) {
      for (const q of lesson.questions)
        expect(doc.article.text.slice(q.citation.start, q.citation.end)).toBe(q.citation.text);
    }
  });

  it("refuses boundaries that are not paragraph starts, out of order, or not starting at the beginning", () => {
    const bad = (edits: { heading: string; start: number }[], message: RegExp) =>
      expect(() => applySectionEdits(parsed, edits)).toThrow(
        expect.objectContaining({ message: expect.stringMatching(message) }),
      );
    bad([{ heading: "A", start: 5 }], /beginning of the article/);
    bad(
      [
        { heading: "A", start: 0 },
        { heading: "B", start: second.start + 3 },
      ],
      /beginning of a paragraph/,
    );
    bad(
      [
        { heading: "A", start: 0 },
        { heading: "C", start: third.start },
        { heading: "B", start: second.start },
      ],
      /article's order/,
    );
    expect(() => applySectionEdits(parsed, [{ heading: "A", start: 1 }])).toThrow(ImportError);
  });
});
