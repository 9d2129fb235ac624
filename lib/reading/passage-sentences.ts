import { passageBlocks } from "@/lib/content/passage-blocks";
import { splitSentences } from "@/lib/import/sentences";

/** A run of passage text: a sentence (with its `id`, "<section>-<n>") or the space between two sentences. */
export type PassagePiece = { start: number; end: number; text: string; sentence: string | null };

/** A heading or paragraph of the passage, cut into pieces that cover its text exactly. */
export type SentenceBlock = { kind: "heading" | "paragraph"; section: number; pieces: PassagePiece[] };

/**
 * The passage as blocks of sentences, computed on the server (the splitter's language model is too large for the
 * browser) and handed to components/reading/reading-passage.tsx. Sections follow headings: the text before the
 * first heading is section 0, each heading starts the next one; sentences are numbered from 0 within a section.
 * A heading, or a paragraph the splitter finds no sentence in (no closing punctuation), is one sentence; so is
 * any other text the splitter leaves between sentences, so every word can be reached by keyboard.
 */
export function passageSentences(passage: string): SentenceBlock[] {
  const out: SentenceBlock[] = [];
  let section = 0;
  let n = 0;
  for (const block of passageBlocks(passage)) {
    if (block.kind === "heading" && (n > 0 || out.length > 0)) {
      section += 1;
      n = 0;
    }
    const end = block.start + block.text.length;
    const found = block.kind === "heading" ? [] : splitSentences(passage, block.start, end);
    const sentences = found.filter((s) => s.start >= block.start && s.end <= end);
    const spans = sentences.length > 0 ? sentences : [{ start: block.start, end }];
    const pieces: PassagePiece[] = [];
    let cursor = block.start;
    const gap = (from: number, to: number) => {
      if (to > from)
        pieces.push(
          piece(passage, from, to, /\S/.test(passage.slice(from, to)) ? `${section}-${n++}` : null),
        );
    };
    for (const s of spans) {
      gap(cursor, s.start);
      pieces.push(piece(passage, s.start, s.end, `${section}-${n++}`));
      cursor = s.end;
    }
    gap(cursor, end);
    out.push({ kind: block.kind, section, pieces });
  }
  return out;
}

const piece = (passage: string, start: number, end: number, sentence: string | null): PassagePiece => ({
  start,
  end,
  text: passage.slice(start, end),
  sentence,
});

/** Each sentence's id and offsets, in passage order. */
export const sentenceList = (blocks: SentenceBlock[]) =>
  blocks.flatMap((b) =>
    b.pieces.filter((p): p is PassagePiece & { sentence: string } => p.sentence !== null),
  );
