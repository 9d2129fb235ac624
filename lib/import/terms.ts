import type { Sentence } from "./sentences";

export type TermKind = "name" | "number" | "word";
export type Term = { text: string; kind: TermKind };

const STOP_CAPS = new Set([
  "The",
  "This",
  "That",
  "These",
  "Those",
  "A",
  "An",
  "In",
  "On",
  "It",
  "He",
  "She",
  "They",
  "His",
  "Her",
  "Their",
  "But",
  "And",
  "However",
  "While",
  "As",
  "By",
  "For",
  "Throughout",
  "Understanding",
  "Such",
  "Some",
  "Critics",
  "Supporters",
  "We",
  "I",
]);

/**
 * Terms of one sentence, by kind, so distractors are of the same kind: names (capitalised word runs), numbers,
 * and long content words for vocabulary.
 */
export function termsOf(sentence: string): Term[] {
  const terms: Term[] = [];
  for (const m of sentence.matchAll(/\b(?:[A-Z][a-z]+(?:'s)?)(?:\s+[A-Z][a-z]+)*/g)) {
    const words = m[0].replace(/'s$/, "").split(/\s+/);
    while (words[0] !== undefined && STOP_CAPS.has(words[0])) words.shift();
    if (words.length) terms.push({ text: words.join(" "), kind: "name" });
  }
  for (const m of sentence.matchAll(/\$?\b\d[\d,.]*(?:\s?(?:percent|million|billion|%))?/g))
    terms.push({ text: m[0].replace(/[.,]$/, ""), kind: "number" });
  for (const m of sentence.matchAll(/\b[a-z]{9,}\b/g)) terms.push({ text: m[0], kind: "word" });
  return terms;
}

/** Every term of the article by kind, for distractors. */
export function termIndex(sentences: Sentence[]): Map<TermKind, string[]> {
  const index = new Map<TermKind, string[]>([
    ["name", []],
    ["number", []],
    ["word", []],
  ]);
  for (const s of sentences)
    for (const t of termsOf(s.text)) {
      const list = index.get(t.kind)!;
      if (!list.some((x) => x.toLowerCase() === t.text.toLowerCase())) list.push(t.text);
    }
  return index;
}

/** Distractors of the same kind that appear nowhere in the cited sentence and differ from the answer. */
export function distractorsFor(
  answer: Term,
  cited: string,
  index: Map<TermKind, string[]>,
  count: number,
  seed: number,
): string[] {
  const lower = cited.toLowerCase();
  const pool = index
    .get(answer.kind)!
    .filter((t) => !lower.includes(t.toLowerCase()) && !t.toLowerCase().includes(answer.text.toLowerCase()));
  const out: string[] = [];
  for (let i = 0; i < pool.length && out.length < count; i++) {
    const term = pool[(seed + i * 7) % pool.length];
    if (term !== undefined && !out.includes(term)) out.push(term);
  }
  return out;
}
