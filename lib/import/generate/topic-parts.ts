import type { Sentence } from "./analysis";
import { similarity, vectors } from "./main-idea";

/** A headingless article of this many sentences or more is read in parts, as a lesson each. */
export const PARTS_FROM_SENTENCES = 16;
/** Sentences per part, roughly: a lesson of a few paragraphs. */
const SENTENCES_PER_PART = 8;
const MIN_PART_SENTENCES = 4;
const MAX_PARTS = 6;

/**
 * Where a long headingless text turns to another topic: its paragraphs grouped into parts, cut where two
 * neighbouring paragraphs share the least (cosine similarity of their idf-weighted lemmas, as for central
 * sentences), each part at least MIN_PART_SENTENCES long. Paragraph groups as sentence index ranges [from, to].
 */
export function topicParts(all: readonly Sentence[], sentences: readonly Sentence[]): [number, number][] {
  const paragraphs: Sentence[][] = [];
  for (const s of sentences)
    if (s.opensParagraph || paragraphs.length === 0) paragraphs.push([s]);
    else paragraphs[paragraphs.length - 1]!.push(s);
  const wanted = Math.min(MAX_PARTS, Math.round(sentences.length / SENTENCES_PER_PART));
  if (sentences.length < PARTS_FROM_SENTENCES || paragraphs.length < 3 || wanted < 2) return [];
  const bags = vectors({ sentences: [...all] }, sentences);
  const at = new Map(sentences.map((s, i) => [s.index, i]));
  const paragraphBag = (p: Sentence[]) => {
    const bag = new Map<string, number>();
    for (const s of p) for (const [w, x] of bags[at.get(s.index)!]!) bag.set(w, (bag.get(w) ?? 0) + x);
    return bag;
  };
  const pv = paragraphs.map(paragraphBag);
  // Boundary b lies between paragraph b-1 and b; the least alike first.
  const boundaries = paragraphs
    .map((_, b) => b)
    .slice(1)
    .sort((a, b) => similarity(pv[a - 1]!, pv[a]!) - similarity(pv[b - 1]!, pv[b]!));
  const cuts: number[] = [];
  const size = (from: number, to: number) => paragraphs.slice(from, to).reduce((n, p) => n + p.length, 0);
  for (const b of boundaries) {
    if (cuts.length >= wanted - 1) break;
    const sorted = [...cuts, b].sort((x, y) => x - y);
    const edges = [0, ...sorted, paragraphs.length];
    if (edges.slice(1).every((e, i) => size(edges[i]!, e) >= MIN_PART_SENTENCES)) cuts.push(b);
  }
  if (cuts.length === 0) return [];
  const edges = [0, ...cuts.sort((x, y) => x - y), paragraphs.length];
  return edges.slice(1).map((e, i) => {
    const group = paragraphs.slice(edges[i]!, e).flat();
    return [group[0]!.index, group[group.length - 1]!.index];
  });
}
