import { wordNetDataLine, wordNetIndex, type WordNetPos } from "./dictionary-files";

/** One WordNet synset as generation uses it. */
export type Sense = {
  offset: number;
  pos: WordNetPos;
  /** The lexicographer file's number: 5 noun.animal, 6 noun.artifact, 18 noun.person, … (a noun's "head type"). */
  lexFile: number;
  /** The synset's words, spaces for underscores, without WordNet's (a)/(p) markers. */
  words: string[];
  /** The definition, without the quoted examples. */
  definition: string;
  examples: string[];
  /** Hypernym (@) and similar-to (&) synsets: the neighbours of a sense. */
  related: { offset: number; pos: WordNetPos }[];
  /** Derivationally related forms (+): from this synset's word `from` (1-based) to word `to` of another synset. */
  derived?: { offset: number; pos: WordNetPos; from: number; to: number }[];
};

const POS_LETTER: Record<string, WordNetPos> = { n: "noun", v: "verb", a: "adj", s: "adj", r: "adv" };

/** The index line of `lemma` (lower case, spaces as underscores) by binary search over the sorted file. */
function indexLine(pos: WordNetPos, lemma: string): string | null {
  const buf = wordNetIndex(pos);
  const key = Buffer.from(`${lemma} `);
  let lo = 0;
  let hi = buf.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = mid === 0 ? 0 : buf.lastIndexOf(10, mid - 1) + 1;
    let end = buf.indexOf(10, start);
    if (end < 0) end = buf.length;
    // The licence lines at the top start with a space and sort before every lemma.
    const cmp =
      buf[start] === 32 ? -1 : Buffer.compare(buf.subarray(start, Math.min(end, start + key.length)), key);
    if (cmp === 0) return buf.toString("utf8", start, end);
    if (cmp < 0) lo = end + 1;
    else hi = start;
  }
  return null;
}

/**
 * Parsed senses, at most SENSE_CACHE_SIZE of them (a few hundred bytes each), the least recently used dropped
 * first: the app server answers lookups for any word, so an unbounded cache would end up holding WordNet whole.
 */
const SENSE_CACHE_SIZE = 20_000;
const senseCache = new Map<string, Sense>();

function parseSense(pos: WordNetPos, offset: number): Sense {
  const cacheKey = `${pos}:${offset}`;
  const cached = senseCache.get(cacheKey);
  if (cached) {
    // Map keeps insertion order: moving a hit to the end makes the first key the least recently used.
    senseCache.delete(cacheKey);
    senseCache.set(cacheKey, cached);
    return cached;
  }
  const line = wordNetDataLine(pos, offset);
  const bar = line.indexOf(" | ");
  const fields = line.slice(0, bar < 0 ? line.length : bar).split(" ");
  const gloss = bar < 0 ? "" : line.slice(bar + 3).trim();
  const lexFile = Number(fields[1]);
  const wordCount = parseInt(fields[3]!, 16);
  const words: string[] = [];
  for (let i = 0; i < wordCount; i++)
    words.push(fields[4 + i * 2]!.replace(/\(.*\)$/, "").replace(/_/g, " "));
  let at = 4 + wordCount * 2;
  const pointers = Number(fields[at]);
  at++;
  const related: Sense["related"] = [];
  const derived: NonNullable<Sense["derived"]> = [];
  for (let i = 0; i < pointers; i++, at += 4) {
    const symbol = fields[at]!;
    if (symbol === "@" || symbol === "&")
      related.push({ offset: Number(fields[at + 1]), pos: POS_LETTER[fields[at + 2]!] ?? pos });
    else if (symbol === "+") {
      const words = fields[at + 3]!;
      derived.push({
        offset: Number(fields[at + 1]),
        pos: POS_LETTER[fields[at + 2]!] ?? pos,
        from: parseInt(words.slice(0, 2), 16),
        to: parseInt(words.slice(2), 16),
      });
    }
  }
  const examples = [...gloss.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
  const definition = gloss.split(/;\s*"/)[0]!.replace(/;\s*$/, "").trim();
  const sense = { offset, pos, lexFile, words, definition, examples, related, derived };
  senseCache.set(cacheKey, sense);
  if (senseCache.size > SENSE_CACHE_SIZE) senseCache.delete(senseCache.keys().next().value!);
  return sense;
}

/** The senses of a lemma in WordNet's order (most frequent first); [] for a word WordNet lacks. */
export function sensesOf(lemma: string, pos: WordNetPos): Sense[] {
  const line = indexLine(pos, lemma.toLowerCase().trim().replace(/\s+/g, "_"));
  if (!line) return [];
  const f = line.trim().split(" ");
  const synsets = Number(f[2]);
  const pointerCount = Number(f[3]);
  const offsets = f.slice(4 + pointerCount + 2, 4 + pointerCount + 2 + synsets).map(Number);
  return offsets.map((o) => parseSense(pos, o));
}

/** A sense's neighbours (hypernyms, similar adjectives), for distractors when a word has few senses. */
export function neighboursOf(sense: Sense): Sense[] {
  return sense.related.map((r) => parseSense(r.pos, r.offset));
}

/** Every word WordNet gives as a synonym of `lemma` in any of its senses, lower case. */
export function synonymsOf(lemma: string, pos: WordNetPos): Set<string> {
  const out = new Set<string>();
  for (const s of sensesOf(lemma, pos)) for (const w of s.words) out.add(w.toLowerCase());
  out.delete(lemma.toLowerCase());
  return out;
}

/** Whether two words share a synset (they could both be right where one is). */
export function areSynonyms(a: string, b: string, pos: WordNetPos): boolean {
  const other = b.toLowerCase();
  return sensesOf(a, pos).some((s) => s.words.some((w) => w.toLowerCase() === other));
}

/** Words WordNet derives from `lemma` or it from them, in any part of speech ("replace" → "replacement"), lower case. */
export function derivationsOf(lemma: string, pos: WordNetPos): Set<string> {
  const out = new Set<string>();
  const word = lemma.toLowerCase();
  for (const s of sensesOf(lemma, pos)) {
    const own = s.words.findIndex((w) => w.toLowerCase() === word) + 1;
    for (const d of s.derived ?? []) {
      if (d.from !== own) continue;
      const target = parseSense(d.pos, d.offset).words[d.to - 1];
      if (target) out.add(target.toLowerCase());
    }
  }
  out.delete(word);
  return out;
}
