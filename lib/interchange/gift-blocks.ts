/** One question's lines of a GIFT file: blank lines separate questions, comment lines belong to none. */
export type GiftBlock = { line: number; text: string };

/** The blocks of a GIFT text (LF line ends), each with the number of its first line, counted from 1. */
export function giftBlocks(text: string): GiftBlock[] {
  const blocks: GiftBlock[] = [];
  let current: { line: number; lines: string[] } | null = null;
  for (const [i, line] of text.split("\n").entries()) {
    const trimmed = line.trim();
    // A comment line is left out without ending the question it sits in, as Moodle reads it.
    if (trimmed.startsWith("//")) continue;
    if (trimmed === "") {
      if (current) blocks.push({ line: current.line, text: current.lines.join("\n") });
      current = null;
      continue;
    }
    if (!current) current = { line: i + 1, lines: [] };
    current.lines.push(line);
  }
  if (current) blocks.push({ line: current.line, text: current.lines.join("\n") });
  return blocks;
}

/** The line, counted from the block's first, of a position in its text. */
export function lineAt(block: GiftBlock, position: number): number {
  return block.line + (block.text.slice(0, position).match(/\n/g)?.length ?? 0);
}
