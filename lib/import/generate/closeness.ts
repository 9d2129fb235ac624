import { neighboursOf, sensesOf, type Sense } from "../../language/wordnet";

/**
 * How near two nouns are in WordNet's hypernym tree, so a distractor is of the key's kind ("parasites" for
 * "insects") without being a second right answer ("negotiation" for "diplomacy", "dialogue" for "negotiations").
 * Only a word's first senses count: the rare ones would make nearly any two words neighbours.
 */
const SENSES = 3;
const DEPTH = 16;
const CACHE_LIMIT = 20_000;

/** Each synset above `sense` (itself at 0) with its distance, up to DEPTH steps. */
function ancestors(sense: Sense): Map<number, number> {
  const out = new Map<number, number>([[sense.offset, 0]]);
  let frontier = [sense];
  for (let d = 1; d <= DEPTH && frontier.length > 0; d++) {
    const next: Sense[] = [];
    for (const f of frontier)
      for (const n of neighboursOf(f))
        if (n.pos === "noun" && !out.has(n.offset)) {
          out.set(n.offset, d);
          next.push(n);
        }
    frontier = next;
  }
  return out;
}

const ancestorCache = new Map<number, Map<number, number>>();
const ancestorsOf = (s: Sense) => {
  let a = ancestorCache.get(s.offset);
  if (!a) {
    if (ancestorCache.size > CACHE_LIMIT) ancestorCache.clear();
    ancestorCache.set(s.offset, (a = ancestors(s)));
  }
  return a;
};

type Meeting = { fromA: number; fromB: number; above: number };
const meetingCache = new Map<string, Meeting | undefined>();

/** The closest meeting of two nouns' senses: steps up from each to their nearest shared hypernym. */
function meeting(a: string, b: string): Meeting | undefined {
  const cacheKey = `${a}|${b}`;
  if (meetingCache.has(cacheKey)) return meetingCache.get(cacheKey);
  let best: Meeting | undefined;
  for (const x of sensesOf(a, "noun").slice(0, SENSES)) {
    const ax = ancestorsOf(x);
    for (const y of sensesOf(b, "noun").slice(0, SENSES)) {
      const ay = ancestorsOf(y);
      // How general a meeting point is: the steps from it to the top of the tree.
      let height = 0;
      for (const d of ay.values()) height = Math.max(height, d);
      for (const [offset, fromB] of ay) {
        const fromA = ax.get(offset);
        if (fromA === undefined) continue;
        if (best && fromA + fromB >= best.fromA + best.fromB) continue;
        best = { fromA, fromB, above: height - fromB };
      }
    }
  }
  // Bounded: the app server generates for any article, and pairs are many.
  if (meetingCache.size > CACHE_LIMIT) meetingCache.clear();
  meetingCache.set(cacheKey, best);
  return best;
}

/**
 * Whether `other` could also be right where `key` is: the same synset, or one a kind of the other ("negotiation"
 * under "diplomacy"; "honeybees" under "insects": flowers that attract insects attract honeybees too).
 */
export function tooClose(key: string, other: string): boolean {
  const m = meeting(key, other);
  return m !== undefined && Math.min(m.fromA, m.fromB) === 0 && Math.max(m.fromA, m.fromB) <= 6;
}

/**
 * Whether `other` is of the key's class: they meet within five steps of the key at a synset at least five below
 * the top of the tree (not "object", "whole", "artifact"), so "parasites" goes with "insects" and "bridge" with
 * "dock", but "wings" does not go with "insects", "bucket" with "dairy", nor "layer" with "fork".
 */
export function sameClass(key: string, other: string): boolean {
  const m = meeting(key, other);
  return m !== undefined && m.fromA <= 5 && m.above >= 5;
}

/** Steps from the key and from the distractor to their nearest shared hypernym, together: fewer is a nearer kind. */
export function classDistance(key: string, other: string): number {
  const m = meeting(key, other);
  return m ? m.fromA + m.fromB : Infinity;
}

/**
 * Lexicographer files of things one can point at (animals, artifacts, body parts, food, places, objects, natural
 * phenomena, plants, substances). An abstract noun ("approach", "engagement", "context") fits almost any slot of
 * argumentative prose, and a role ("critics", "supporters") is often a second true answer where an article names
 * several groups, so a blank on either has several defensible answers and is not drafted.
 */
export const CONCRETE_LEX_FILES = new Set([5, 6, 8, 13, 15, 17, 19, 20, 27]);
