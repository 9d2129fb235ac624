import type { Sentence } from "./analysis";
import type { Article } from "./article";
import { isNameKind, type Entity } from "./entities";
import { fromElsewhere, madeUpNumber } from "./feedback";
import { numberOf, seedOf } from "./key-placement";
import { nearNumbers, nearOrdinals, standsIn } from "./made-up-figures";
import { keepsTimeSense, percentFits, sameKind } from "./option-fit";
import { personDistractors } from "./person-distractors";
import { escapeRegExp, overlaps, sameText, sharesWord } from "./text";

/** A wrong option with the feedback that says why it is wrong. */
export type Distractor = { text: string; feedback: string };

const VAGUE = /\b(?:zero|hundreds|thousands|dozens|millions|several|many|few)\b/i;

/** Candidates gathered beyond `count` for a figure, so its key can be placed smallest, middle or largest. */
const NUMBER_SPARE = 4;

/**
 * Up to `count` distractors for an entity key: entities of the same kind from elsewhere in the article first, then
 * (for numbers) nearby figures written like the key. Never a form of the key (a surname of a full name), never
 * anything the cited sentence holds, never a synonym.
 */
export function entityDistractors(
  article: Article,
  key: Entity,
  cited: Sentence,
  count = 3,
  shownTogether = count > 1,
): Distractor[] {
  const out: Distractor[] = [];
  const taken = (t: string) => out.some((d) => sameText(d.text, t));
  if (key.kind === "ordinal")
    return nearOrdinals(key)
      .filter((n) => !cited.text.includes(n))
      .slice(0, count)
      .map((n) => ({ text: n, feedback: madeUpNumber(n, key.text) }));
  const candidates = article.entities.filter(
    (e) =>
      sameKind(key, e, shownTogether) &&
      !VAGUE.test(e.text) &&
      !overlaps(e.text, key.text) &&
      !cited.text.toLowerCase().includes(e.text.toLowerCase()) &&
      !(isNameKind(key.kind) && sharesWord(e.text, key.text)) &&
      !isFragment(e, article.entities),
  );
  if (key.kind === "person") return personDistractors(article, key, cited, candidates, count);
  // Nearest in the article first: the figures and names a skimmer met around the key.
  candidates.sort((a, b) => Math.abs(a.sentence - key.sentence) - Math.abs(b.sentence - key.sentence));
  const gather = isNameKind(key.kind) ? count : count + NUMBER_SPARE;
  for (const e of candidates) {
    if (out.length >= gather) break;
    if (taken(e.text) || out.some((d) => overlaps(d.text, e.text))) continue;
    const where = article.sentences[e.sentence]!;
    out.push({ text: e.text, feedback: fromElsewhere(e.text, where, e.start, e.end, key.text) });
  }
  if (!isNameKind(key.kind))
    for (const n of nearNumbers(key)) {
      if (out.length >= count + NUMBER_SPARE) break;
      if (!taken(n) && !cited.text.includes(n) && !standsIn(article.text, n))
        out.push({ text: n, feedback: madeUpNumber(n, key.text) });
    }
  const k = numberOf(key.text);
  const fits = (d: Distractor) =>
    keepsTimeSense(article, key.text, d.text) &&
    !(key.kind === "percent" && k !== null && !percentFits(k, numberOf(d.text) ?? k));
  return byRank(out.filter(fits), key.text, cited.text, count);
}

/**
 * A one-word name that the article writes elsewhere inside a longer name of another kind ("Athletic" of
 * "Greystone Athletic"): a fragment, not a whole entity, so no option.
 */
export function isFragment(e: Entity, all: readonly Entity[]): boolean {
  if (/\s/.test(e.text) || !isNameKind(e.kind)) return false;
  const word = new RegExp(`(?:^|\\s)${escapeRegExp(e.text)}(?:\\s|$)`);
  return all.some((x) => x.kind !== "person" && x.text !== e.text && word.test(x.text));
}

/** Where a figure key ranks among its options, drawn from the item: 0 smallest, 1 middle, 2 largest. */
export function targetRank(key: string, cited: string): 0 | 1 | 2 {
  return (seedOf(`${cited}\u0000${key}`) % 3) as 0 | 1 | 2;
}

/**
 * For a figure key, `count` distractors chosen so the key ranks as `targetRank` says among the options (figures
 * are shown in ascending order): with made-up figures always half or double, the key was the middle value 12 times
 * of 18 and "pick the middle figure" won. Each side keeps its own order (the article's nearest figures first). A
 * side short of candidates gives way to the other; any other key is left as it came.
 */
function byRank(options: Distractor[], key: string, cited: string, count: number): Distractor[] {
  // Options are picked in the order they came; the picked ones keep it.
  const k = numberOf(key);
  if (k === null || count < 2 || options.some((o) => numberOf(o.text) === null))
    return options.slice(0, count);
  const below = options.filter((o) => numberOf(o.text)! < k);
  const above = options.filter((o) => numberOf(o.text)! > k);
  const rank = targetRank(key, cited);
  // A side with two candidates is enough: an item of three options keeps the rank drawn.
  if (rank === 0 && above.length >= 2) return above.slice(0, count);
  if (rank === 2 && below.length >= 2) return below.slice(0, count);
  const wanted = rank === 0 ? 0 : rank === 2 ? count : 1 + (seedOf(cited) % (count - 1));
  const nBelow = Math.max(count - above.length, Math.min(wanted, below.length));
  const picked = new Set([...below.slice(0, nBelow), ...above.slice(0, count - nBelow)]);
  return options.filter((o) => picked.has(o)).slice(0, count);
}
