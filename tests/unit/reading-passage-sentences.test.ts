import { describe, expect, it } from "vitest";
import { markedRuns } from "@/lib/reading/passage-marks";
import { passageSentences, sentenceList } from "@/lib/reading/passage-sentences";

const passage =
  "Glaciers\n\nIce moves slowly. It carves valleys!\n\nMelting\n\nSeas rise as ice melts. Coasts flood\nand towns move";

describe("passageSentences", () => {
  const blocks = passageSentences(passage);

  it("numbers sentences within sections that follow headings", () => {
    expect(sentenceList(blocks).map((s) => [s.sentence, s.text])).toEqual([
      ["0-0", "Glaciers"],
      ["0-1", "Ice moves slowly."],
      ["0-2", "It carves valleys!"],
      ["1-0", "Melting"],
      ["1-1", "Seas rise as ice melts. Coasts flood\nand towns move"],
    ]);
  });

  it("covers every block's text exactly, with offsets into the passage", () => {
    for (const block of blocks) {
      for (const p of block.pieces) expect(passage.slice(p.start, p.end)).toBe(p.text);
      const first = block.pieces[0]!;
      const last = block.pieces.at(-1)!;
      expect(block.pieces.map((p) => p.text).join("")).toBe(passage.slice(first.start, last.end));
    }
    expect(blocks.map((b) => b.kind)).toEqual(["heading", "paragraph", "heading", "paragraph"]);
  });
});

describe("markedRuns", () => {
  const yellow = { id: "a", start: 2, end: 8, color: "yellow" as const };
  const pink = { id: "b", start: 5, end: 12, color: "pink" as const };

  it("cuts a range at highlight boundaries, the last listed winning where they overlap", () => {
    expect(markedRuns(0, 10, [yellow, pink]).map((r) => [r.start, r.end, r.mark?.id ?? null])).toEqual([
      [0, 2, null],
      [2, 5, "a"],
      [5, 10, "b"],
    ]);
  });

  it("leaves a range outside every highlight whole", () => {
    expect(markedRuns(20, 30, [yellow, pink])).toEqual([{ start: 20, end: 30, mark: null }]);
  });
});
