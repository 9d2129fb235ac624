import { describe, expect, it } from "vitest";
import { markdownBlocks } from "../../lib/import/read-markdown";
import { splitSentences } from "../../lib/import/sentences";

describe("markdown through mdast", () => {
  it("keeps each list item on its own line with its number or bullet, nested items after theirs", () => {
    const blocks = markdownBlocks("3. Third *step*\n4. Fourth step\n   - a detail\n\n* one\n* two");
    expect(blocks.map((b) => b.text)).toEqual([
      "3. Third step",
      "4. Fourth step",
      "• a detail",
      "• one",
      "• two",
    ]);
  });

  it("reads quotes as paragraphs, headings of both kinds, and links, code and emphasis as their text", () => {
    const md =
      'Title\n=====\n\n> "A quote," she said.\n> Still the quote.\n\n## Part **two**\n\nSee [the survey](https://x.example) and `npm`. ![chart](c.png)\n\n---\n\n<div>raw</div>';
    expect(markdownBlocks(md)).toEqual([
      { kind: "heading", text: "Title", level: 1 },
      { kind: "paragraph", text: '"A quote," she said. Still the quote.' },
      { kind: "heading", text: "Part two", level: 2 },
      { kind: "paragraph", text: "See the survey and npm." },
    ]);
  });

  it("a list item's marker is no sentence of its own, and the sentence offsets skip it", () => {
    const text = "Steps follow.\n\n1. Fill the pot with soil.\n\n• Water it daily.";
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      "Steps follow.",
      "Fill the pot with soil.",
      "Water it daily.",
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
