export type PassageBlock = { kind: "heading" | "paragraph"; text: string; start: number };

/**
 * Splits a passage into paragraphs, treating short lines without closing punctuation as headings. `start`
 * is each block's offset in the passage, so character offsets (citations) can be placed inside it.
 */
export function passageBlocks(passage: string): PassageBlock[] {
  const blocks: PassageBlock[] = [];
  for (const match of passage.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g)) {
    const raw = match[0];
    const text = raw.trim();
    if (!text) continue;
    const start = match.index + raw.indexOf(text);
    const heading = text.length <= 120 && !/[.!?"”]$/.test(text) && !text.includes("\n");
    blocks.push({ kind: heading ? "heading" : "paragraph", text, start });
  }
  return blocks;
}
