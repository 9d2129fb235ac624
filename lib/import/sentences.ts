import { englishNlp } from "../english-nlp";

export type Sentence = { text: string; start: number; end: number };

/** Sentences of text[from, to) with exact offsets; heading lines (no final punctuation) are left out. */
export function splitSentences(text: string, from = 0, to = text.length): Sentence[] {
  const nlp = englishNlp();
  const out: Sentence[] = [];
  const paragraph = /[^\n]+/g;
  paragraph.lastIndex = from;
  for (let p = paragraph.exec(text); p && p.index < to; p = paragraph.exec(text)) {
    const line = p[0];
    if (!/[.!?]["”’')]?\s*$/.test(line)) continue;
    // wink reports sentences as text; they are consecutive pieces of the line, found in order.
    let cursor = 0;
    for (const sentence of nlp.readDoc(line).sentences().out()) {
      const at = line.indexOf(sentence.trim(), cursor);
      if (at < 0) continue;
      const trimmed = sentence.trim();
      out.push({ text: trimmed, start: p.index + at, end: p.index + at + trimmed.length });
      cursor = at + trimmed.length;
    }
  }
  return out;
}

export function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}
