import { describe, expect, it } from "vitest";
import { citedBlocks, toPassageCitation } from "../../lib/content/passage-citations";

const passage = "Heading\n\nOne two. Three four.\nFive six.\n\nSeven eight. Nine.";
const at = (s: string) => passage.indexOf(s);
const cite = (key: string, text: string) => ({ key, start: at(text), end: at(text) + text.length });

describe("citedBlocks", () => {
  it("keeps the plain text of every block when nothing is cited", () => {
    const blocks = citedBlocks(passage, []);
    expect(blocks.map((b) => b.kind)).toEqual(["heading", "paragraph", "paragraph"]);
    expect(blocks.map((b) => b.segments.map((s) => s.text).join(""))).toEqual([
      "Heading",
      "One two. Three four.\nFive six.",
      "Seven eight. Nine.",
    ]);
    expect(blocks.flatMap((b) => b.segments.flatMap((s) => s.cited))).toEqual([]);
  });

  it("marks each cited run with the citations covering it and anchors each citation once, where it starts", () => {
    const blocks = citedBlocks(passage, [cite("a", "Three four."), cite("b", "Three four.\nFive six.")]);
    expect(blocks[1]!.segments).toEqual([
      { text: "One two. ", cited: [], starts: [] },
      { text: "Three four.", cited: ["a", "b"], starts: ["a", "b"] },
      { text: "\nFive six.", cited: ["b"], starts: [] },
    ]);
  });

  it("marks a citation across a paragraph break in both blocks, anchored in the first", () => {
    const blocks = citedBlocks(passage, [cite("x", "Five six.\n\nSeven eight.")]);
    expect(blocks[1]!.segments.at(-1)).toEqual({ text: "Five six.", cited: ["x"], starts: ["x"] });
    expect(blocks[2]!.segments[0]).toEqual({ text: "Seven eight.", cited: ["x"], starts: [] });
  });

  it("ignores citations outside the passage", () => {
    const blocks = citedBlocks(passage, [{ key: "out", start: passage.length + 5, end: passage.length + 9 }]);
    expect(blocks.flatMap((b) => b.segments.flatMap((s) => s.cited))).toEqual([]);
  });
});

describe("toPassageCitation", () => {
  it("moves article offsets into the passage", () => {
    expect(toPassageCitation("q", { citationStart: 120, citationEnd: 150 }, 100)).toEqual({
      key: "q",
      start: 20,
      end: 50,
    });
  });
});
