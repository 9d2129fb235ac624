import { englishNlp } from "../english-nlp";

export type Sentence = { text: string; start: number; end: number };

/** How the importers write a list item's start in the passage: "2. " or "• " (lib/import/read-markdown.ts). */
const LIST_MARKER = /^(?:\d{1,3}\.|•)\s+/;

/** Sentences of text[from, to) with exact offsets; heading lines (no final punctuation) are left out. */
export function splitSentences(text: string, from = 0, to = text.length): Sentence[] {
  const nlp = englishNlp();
  const out: Sentence[] = [];
  const paragraph = /[^\n]+/g;
  paragraph.lastIndex = from;
  for (let p = paragraph.exec(text); p && p.index < to; p = paragraph.exec(text)) {
    if (!/[.!?]["”’')]?\s*$/.test(p[0])) continue;
    // A list item's number or bullet ("2. ", "• ") is no part of its sentence (wink reads "2." as one).
    const marker = LIST_MARKER.exec(p[0])?.[0].length ?? 0;
    const line = p[0].slice(marker);
    // wink reports sentences as text; they are consecutive pieces of the line, found in order.
    let cursor = 0;
    for (const sentence of nlp.readDoc(line).sentences().out()) {
      const at = line.indexOf(sentence.trim(), cursor);
      if (at < 0) continue;
      const trimmed = sentence.trim();
      const start = p.index + marker + at;
      out.push({ text: trimmed, start, end: start + trimmed.length });
      cursor = at + trimmed.length;
    }
  }
  return out;
}

export function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}
