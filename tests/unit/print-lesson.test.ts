import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answerLines, lineLabel, printedOrder, printedPassage } from "../../lib/content/print-lesson";

const PASSAGE =
  "Bees\n\nHoneybees live in colonies of many thousands. Each colony has one queen, who lays the eggs, and " +
  "worker bees, who gather nectar.\n\nIn winter the bees cluster together to keep warm.";

describe("printedPassage", () => {
  it("numbers lines through the whole passage, headings and paragraphs apart, none wider than the width", () => {
    const blocks = printedPassage(PASSAGE, 40);
    expect(blocks.map((b) => b.kind)).toEqual(["heading", "paragraph", "paragraph"]);
    const lines = blocks.flatMap((b) => b.lines);
    expect(lines.map((l) => l.number)).toEqual(lines.map((_, i) => i + 1));
    expect(lines[0]!.text).toBe("Bees");
    expect(lines[1]!.text).toBe("Honeybees live in colonies of many");
    for (const l of lines) {
      expect(l.text.length).toBeLessThanOrEqual(40);
      expect(PASSAGE.slice(l.start, l.end).replace(/\s+/g, " ")).toBe(l.text);
    }
  });

  it("keeps every word of any text, in order, and cuts only words longer than a line", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", "b", " ", "\n", "."), maxLength: 400 }),
        fc.integer({ min: 3, max: 30 }),
        (text, width) => {
          const lines = printedPassage(text, width).flatMap((b) => b.lines);
          for (const l of lines) expect(l.text.length).toBeLessThanOrEqual(width);
          const words = text.split(/\s+/).filter(Boolean);
          const longOnesCut = words.flatMap((w) => w.match(new RegExp(`.{1,${width}}`, "g"))!);
          expect(lines.flatMap((l) => l.text.split(" ").filter(Boolean))).toEqual(longOnesCut);
        },
      ),
    );
  });
});

describe("lineLabel", () => {
  it("names the line or lines a span falls on, or nothing outside the passage", () => {
    const blocks = printedPassage(PASSAGE, 40);
    const start = PASSAGE.indexOf("Each colony");
    expect(lineLabel(blocks, { start, end: start + 4 })).toBe("line 3");
    expect(lineLabel(blocks, { start, end: PASSAGE.indexOf("nectar.") + 7 })).toMatch(/^lines 3–[4-9]$/);
    expect(lineLabel(blocks, { start: PASSAGE.length + 5, end: PASSAGE.length + 9 })).toBeNull();
  });
});

describe("printedOrder", () => {
  it("never prints an ordering item's steps in their key order, and keeps every step", () => {
    fc.assert(
      fc.property(fc.uuid(), fc.integer({ min: 2, max: 8 }), (id, n) => {
        const items = Array.from({ length: n }, (_, i) => ({ id: `c${i}` }));
        const order = printedOrder(id, items);
        expect(order.map((c) => c.id)).not.toEqual(items.map((c) => c.id));
        expect(order.map((c) => c.id).sort()).toEqual(items.map((c) => c.id).sort());
      }),
    );
    const items = [{ id: "a" }, { id: "b" }, { id: "c" }];
    expect(printedOrder("q1", items)).toEqual(printedOrder("q1", items));
  });
});

describe("answerLines", () => {
  it("leaves room to write only for written answers", () => {
    expect(answerLines("open_response")).toBeGreaterThan(answerLines("short_answer"));
    expect(answerLines("short_answer")).toBeGreaterThan(0);
    expect(answerLines("single_choice")).toBe(0);
  });
});
