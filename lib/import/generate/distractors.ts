import type { Sentence } from "./analysis";
import type { Article } from "./article";
import { isNameKind, type Entity } from "./entities";
import { fromElsewhere, madeUpNumber } from "./feedback";
import { numberOf, seededRandom, seedOf, shuffled } from "./key-placement";
import { areSynonyms } from "../../language/wordnet";
import { sameClass, tooClose } from "./closeness";

/** A made-up figure rounded as the key is: 60,000 → 45,000, not 45,123. */
function roundLike(n: number, key: number): number {
  const zeros = /0*$/.exec(String(Math.round(key)))![0].length;
  const step = 10 ** Math.max(0, Math.min(zeros, String(Math.round(n)).length - 1));
  return Math.max(step, Math.round(n / step) * step);
}

/** A wrong option with the feedback that says why it is wrong. */
export type Distractor = { text: string; feedback: string };

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const overlaps = (a: string, b: string) => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x.includes(y) || y.includes(x);
};

/** Whether a candidate entity is of the key's kind: a person for a person, a number of the same unit. */
function sameKind(key: Entity, other: Entity): boolean {
  if (key.kind !== other.kind) return false;
  // A name of unknown kind could be a person or a place ("Donald Trump" among places), and a people's adjective
  // ("Russian") reads wrongly in most slots: neither is offered or swapped.
  if (key.kind === "name" || key.kind === "nationality") return false;
  // "the United States" takes its article, "Afghanistan" none: only a name written the same way fits the slot.
  if (isNameKind(key.kind))
    return (
      Boolean(key.withThe) === Boolean(other.withThe) &&
      (key.kind !== "place" || key.nameClass === other.nameClass)
    );
  // "1980s" takes a decade, never "1989s" or a single year; "a fifteen-minute task" takes "ten-minute", not
  // "ten minutes" (only the key would fit "a _____ task").
  if (DECADE.test(key.text) !== DECADE.test(other.text)) return false;
  if (/\w-\w/.test(key.text) !== /\w-\w/.test(other.text)) return false;
  if (key.kind === "quantity")
    return (
      // A count of nothing named ("pupils under fifty", the fifty from a minutes cap) takes only figures made up
      // near it: another of the article's unnamed counts may count anything.
      Boolean(key.unit) &&
      key.unit === other.unit &&
      SPECIFIC.test(other.text) &&
      /\d/.test(key.text) === /\d/.test(other.text) &&
      isOne(key.text) === isOne(other.text) &&
      sameScale(key.text, other.text)
    );
  if (key.kind === "money" || key.kind === "percent") return scaleWord(key.text) === scaleWord(other.text);
  if (key.kind === "date" || key.kind === "duration" || key.kind === "time")
    return dateShape(key.text) === dateShape(other.text);
  return true;
}

const WEEKDAY = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b/;
const MONTH = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const SEASON = /\b(?:spring|summer|autumn|fall|winter)\b/i;
/** A date's shape: a weekday goes with weekdays, "March 1821" with month-and-year, "winter" with seasons. */
function dateShape(text: string): string {
  const unit = /\b(second|minute|hour|day|week|fortnight|month|year|decade|century)s?\b/i
    .exec(text)?.[1]
    ?.toLowerCase();
  return [
    WEEKDAY.test(text) ? "weekday" : "",
    MONTH.test(text) ? "month" : "",
    SEASON.test(text) ? "season" : "",
    /\d{4}/.test(text) ? "year" : "",
    /\d/.test(text) ? "digits" : "words",
    unit ?? "",
  ].join("|");
}
/**
 * Figures of one scale, written alike: "1.4" (metres a year) among "8" and "120" is the only decimal and of
 * another order, so a student picks it without reading.
 */
function sameScale(a: string, b: string): boolean {
  if (/\d\.\d/.test(a) !== /\d\.\d/.test(b)) return false;
  const x = Number(/\d[\d,]*(?:\.\d+)?/.exec(a)?.[0].replace(/,/g, ""));
  const y = Number(/\d[\d,]*(?:\.\d+)?/.exec(b)?.[0].replace(/,/g, ""));
  if (!x || !y) return true;
  return Math.max(x, y) / Math.min(x, y) <= 20;
}

/** "one square metre" takes no other figure than one without its noun turning plural. */
const DECADE = /\b\d{3}0s\b/;
/** A figure a count can be: digits or a number word from two up, not "zero", "hundreds", "dozens", "several". */
const SPECIFIC =
  /\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)\b/i;
const VAGUE = /\b(?:zero|hundreds|thousands|dozens|millions|several|many|few)\b/i;

const isOne = (text: string) => /^(?:one|1|a|an|a single|single)$/i.test(text.trim());

export const NUMBER_WORDS = "zero one two three four five six seven eight nine ten eleven twelve".split(" ");

const scaleWord = (s: string) => /\b(thousand|million|billion|trillion)\b/i.exec(s)?.[1]?.toLowerCase() ?? "";

/** Numbers near the key's, written like it, for a key the article has too few figures of its kind to match. */
function nearNumbers(key: Entity): string[] {
  // Which way each made-up figure lies from the key is drawn from the key, so the key is not always second.
  const draw = seededRandom(seedOf(key.text));
  const m = /\d[\d,]*(?:\.\d+)?/.exec(key.text);
  const percent = key.kind === "percent" || /%|\bpercent\b/.test(key.text);
  if (!m) return nearNumberWords(key.text, draw);
  // "between 2016 and 2025": moving one figure could pass the other ("between 2025 and 2025").
  if ((key.text.match(/\d[\d,]*(?:\.\d+)?/g) ?? []).length > 1) return [];
  const raw = m[0];
  const value = Number(raw.replace(/,/g, ""));
  const decimals = raw.includes(".") ? raw.split(".")[1]!.length : 0;
  const commas = raw.includes(",");
  const write = (n: number) => {
    const fixed = n.toFixed(decimals);
    return commas ? Number(fixed).toLocaleString("en-US", { minimumFractionDigits: decimals }) : fixed;
  };
  // "March 1821": a year inside a date moves by years, not by a factor ("March 2732").
  const isYear = key.kind === "year" || (decimals === 0 && !commas && /^(?:1[5-9]\d\d|20\d\d)$/.test(raw));
  const candidates = DECADE.test(key.text)
    ? shuffled([-30, -20, -10, 10, 20], draw).map((d) => value + d)
    : isYear
      ? shuffled([-12, -7, -3, 4, 9, 15], draw)
          .map((d) => value + d)
          .filter((y) => y > 1000 && y <= 2030)
      : value < 10 && decimals === 0
        ? shuffled([-2, -1, 1, 2, 3, 5], draw)
            .map((d) => value + d)
            .filter((n) => n > 0)
        : shuffled([0.25, 0.5, 0.75, 1.5, 2, 3], draw).map((f) =>
            decimals === 0 ? roundLike(value * f, value) : value * f,
          );
  return (
    [...new Set(candidates.map(write))]
      // "0.00 percent": a small decimal halved past what the key's decimals can write; "116 percent" of parents.
      .filter(
        (n) =>
          n !== raw && Number(n.replace(/,/g, "")) > 0 && !(percent && Number(n.replace(/,/g, "")) > 100),
      )
      .map((n) => key.text.slice(0, m.index) + n + key.text.slice(m.index + raw.length))
  );
}

/** "two" → "four", "three": number words near a key written in words, never "one" (its noun is singular). */
function nearNumberWords(text: string, draw: () => number): string[] {
  const at = NUMBER_WORDS.indexOf(text.toLowerCase());
  if (at < 2) return [];
  const write = (n: number) =>
    /^[A-Z]/.test(text) ? NUMBER_WORDS[n]!.replace(/^./, (c) => c.toUpperCase()) : NUMBER_WORDS[n]!;
  return shuffled([-1, 1, 2, 3], draw)
    .map((d) => at + d)
    .filter((n) => n >= 2 && n < NUMBER_WORDS.length)
    .map(write);
}

/** Candidates gathered beyond `count` for a figure, so its key can be placed smallest, middle or largest. */
const NUMBER_SPARE = 4;

/**
 * Up to `count` distractors for an entity key: entities of the same kind from elsewhere in the article first, then
 * (for numbers) nearby figures written like the key. Never a form of the key (a surname of a full name), never
 * anything the cited sentence holds, never a synonym.
 */
export function entityDistractors(article: Article, key: Entity, cited: Sentence, count = 3): Distractor[] {
  const out: Distractor[] = [];
  const taken = (t: string) => out.some((d) => same(d.text, t));
  const candidates = article.entities.filter(
    (e) =>
      sameKind(key, e) &&
      !VAGUE.test(e.text) &&
      !overlaps(e.text, key.text) &&
      !cited.text.toLowerCase().includes(e.text.toLowerCase()) &&
      !(isNameKind(key.kind) && sharesWord(e.text, key.text)),
  );
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
  return byRank(out, key.text, cited.text, count);
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

/** Whether a made-up figure stands in the text as a figure of its own ("30" is not in "300 trees"). */
const standsIn = (text: string, n: string) =>
  new RegExp(`(?<![\\d.,])${n.replace(/[.*+?^${}()|[\]\\$]/g, "\\$&")}(?![\\d]|[.,]\\d)`).test(text);

const sharesWord = (a: string, b: string) => {
  const w = new Set(a.toLowerCase().split(/\s+/));
  return b
    .toLowerCase()
    .split(/\s+/)
    .some((x) => x.length > 2 && w.has(x));
};

/** A noun of the article, as a candidate blank or distractor. */
export type NounUse = {
  text: string;
  lemma: string;
  plural: boolean;
  lexFile: number;
  sentence: number;
  start: number;
  end: number;
};

/**
 * Distractors for a blanked noun: nouns of the article with the key's head type (WordNet lexicographer file:
 * an animal for an animal, an artifact for an artifact), class (closeness.ts) and number, not in the cited
 * sentence, never a synonym, a kind of the key or what the key is a kind of.
 */
export function nounDistractors(
  article: Article,
  key: NounUse,
  nouns: readonly NounUse[],
  cited: Sentence,
  count = 3,
): Distractor[] {
  const out: Distractor[] = [];
  const citedLower = cited.text.toLowerCase();
  const pool = nouns
    .filter(
      (n) =>
        n.lexFile === key.lexFile &&
        n.plural === key.plural &&
        n.lemma !== key.lemma &&
        !citedLower.includes(n.lemma) &&
        !areSynonyms(key.lemma, n.lemma, "noun") &&
        !overlaps(n.lemma, key.lemma) &&
        !tooClose(key.lemma, n.lemma) &&
        sameClass(key.lemma, n.lemma),
    )
    // Options of like length first ("lens" with "lamp", not "lifeboat"): a key shorter than every distractor is
    // picked by "shortest option" without reading. Then the nearest in the article.
    .sort(
      (a, b) =>
        Number(Math.abs(a.text.length - key.text.length) > 2) -
          Number(Math.abs(b.text.length - key.text.length) > 2) ||
        Math.abs(a.sentence - key.sentence) - Math.abs(b.sentence - key.sentence),
    );
  for (const n of pool) {
    if (out.length >= count) break;
    if (out.some((d) => same(d.text, n.text) || overlaps(d.text, n.text))) continue;
    out.push({
      text: n.text,
      feedback: fromElsewhere(n.text, article.sentences[n.sentence]!, n.start, n.end, key.text),
    });
  }
  return out;
}
