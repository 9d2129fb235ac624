import { seededShuffle } from "../attempts/seeded-shuffle";
import { passageBlocks } from "./passage-blocks";

/** One printed line of the passage: its number (counted through the whole passage) and its passage offsets. */
export type PrintedLine = { number: number; text: string; start: number; end: number };
export type PrintedBlock = { kind: "heading" | "paragraph"; lines: PrintedLine[] };

/**
 * About 72 characters of serif text at 11 pt fit the printable width of both A4 and US Letter beside the line
 * numbers, so lines are broken here, not by the browser: the numbers a key cites are the lines on paper.
 */
export const PRINT_LINE_WIDTH = 72;

// A paragraph's own line breaks are only spaces on paper: the printed lines are this module's.
const oneLine = (text: string) => text.replace(/\s+/g, " ");

/** Word-wraps one block at `width`, cutting only words longer than a whole line. */
function wrapBlock(
  text: string,
  start: number,
  width: number,
): { text: string; start: number; end: number }[] {
  const lines: { text: string; start: number; end: number }[] = [];
  let lineStart = -1;
  let lineEnd = -1;
  const flush = () => {
    if (lineStart >= 0)
      lines.push({
        text: oneLine(text.slice(lineStart, lineEnd)),
        start: start + lineStart,
        end: start + lineEnd,
      });
    lineStart = -1;
  };
  for (const word of text.matchAll(/\S+/g)) {
    let from = word.index;
    const to = word.index + word[0].length;
    if (lineStart >= 0 && to - lineStart > width) flush();
    while (to - from > width) {
      flush();
      lines.push({ text: text.slice(from, from + width), start: start + from, end: start + from + width });
      from += width;
    }
    if (lineStart < 0) lineStart = from;
    lineEnd = to;
  }
  flush();
  return lines;
}

/** The passage as numbered lines, block by block (headings and paragraphs as `passageBlocks` finds them). */
export function printedPassage(passage: string, width = PRINT_LINE_WIDTH): PrintedBlock[] {
  let number = 0;
  return passageBlocks(passage).map((block) => ({
    kind: block.kind,
    lines: wrapBlock(block.text, block.start, width).map((line) => ({ ...line, number: ++number })),
  }));
}

/** The lines a span of the passage (a citation, in passage offsets) falls on: "line 4" or "lines 4–6". */
export function lineLabel(
  blocks: readonly PrintedBlock[],
  span: { start: number; end: number },
): string | null {
  const touched = blocks
    .flatMap((b) => b.lines)
    .filter((l) => l.start < span.end && l.end > span.start)
    .map((l) => l.number);
  if (touched.length === 0) return null;
  const first = touched[0]!;
  const last = touched.at(-1)!;
  return first === last ? `line ${first}` : `lines ${first}–${last}`;
}

/**
 * The order an ordering item's steps are printed in for students: a shuffle seeded by the question, never the
 * stored order (which is the key); when the shuffle happens to give the key, it is turned by one place.
 */
export function printedOrder<T extends { id: string }>(questionId: string, items: readonly T[]): T[] {
  const shuffled = seededShuffle(items, `print:${questionId}`);
  const same = shuffled.every((item, i) => item.id === items[i]!.id);
  return same && items.length > 1 ? [...shuffled.slice(1), shuffled[0]!] : shuffled;
}

/** Ruled lines left for a written answer: a phrase for a short answer, a paragraph for an open response. */
export function answerLines(type: string): number {
  if (type === "open_response") return 8;
  return type === "short_answer" ? 2 : 0;
}
