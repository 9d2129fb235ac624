export type PassageBlock = { kind: "heading" | "paragraph"; text: string };

/** Splits a passage into paragraphs, treating short lines without closing punctuation as headings. */
export function passageBlocks(passage: string): PassageBlock[] {
  return passage
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((text) => ({
      kind: text.length <= 120 && !/[.!?"”]$/.test(text) && !text.includes("\n") ? "heading" : "paragraph",
      text,
    }));
}
