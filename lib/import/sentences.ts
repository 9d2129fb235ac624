export type Sentence = { text: string; start: number; end: number };

// Abbreviations whose period does not end a sentence (wink-nlp was not installed; this covers news prose).
const ABBREVIATION =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Gen|Gov|Sen|Rep|vs|etc|e\.g|i\.e|Inc|Ltd|Co|No)|\b[A-Z](?:\.[A-Z])*)\.$/;

/** Sentences of text[from, to) with exact offsets; heading lines (no final punctuation) are left out. */
export function splitSentences(text: string, from = 0, to = text.length): Sentence[] {
  const out: Sentence[] = [];
  const paragraph = /[^\n]+/g;
  paragraph.lastIndex = from;
  for (let p = paragraph.exec(text); p && p.index < to; p = paragraph.exec(text)) {
    const line = p[0];
    if (!/[.!?]["”’')]?\s*$/.test(line)) continue;
    let start = 0;
    const boundary = /[.!?]["”’')]?(?=\s+["“‘(]?[A-Z0-9])/g;
    for (let b = boundary.exec(line); b; b = boundary.exec(line)) {
      const end = b.index + b[0].length;
      if (ABBREVIATION.test(line.slice(start, b.index + 1))) continue;
      push(out, text, p.index + start, p.index + end);
      start = end + (/^\s+/.exec(line.slice(end))?.[0].length ?? 0);
    }
    push(out, text, p.index + start, p.index + line.trimEnd().length);
  }
  return out;
}

function push(out: Sentence[], text: string, start: number, end: number) {
  const s = text.slice(start, end);
  if (s.trim()) out.push({ text: s, start, end });
}

export function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}
