import type { Sentence } from "./analysis";
import type { Article } from "./article";
import { fullName, isNameKind, titleBefore, type Entity } from "./entities";
import { fromElsewhere, madeUpNumber } from "./feedback";
import { numberOf, seededRandom, seedOf, shuffled } from "./key-placement";
import { areSynonyms } from "../../language/wordnet";
import { classDistance, sameClass, tooClose } from "./closeness";
import { keepsTimeSense, percentFits } from "./option-fit";
import { escapeRegExp } from "./text";

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

/**
 * Whether a candidate entity is of the key's kind: a person for a person, a number of the same unit. Options shown
 * side by side also share the key's form and era; a single swap that makes a statement false need not.
 */
function sameKind(key: Entity, other: Entity, shownTogether: boolean): boolean {
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
  // "around 1450" among "1462" and "877", "by December 15" among "November 4": one option of another form.
  if (shownTogether && leadOf(key.text) !== leadOf(other.text)) return false;
  if (shownTogether && key.kind === "year" && !sameEra(key.text, other.text)) return false;
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
  // A span is a count of its unit: "the same years" is no length of time beside "six years".
  if (key.kind === "duration" && !COUNTED.test(other.text)) return false;
  if (key.kind === "date" || key.kind === "duration" || key.kind === "time")
    return dateShape(key.text) === dateShape(other.text);
  return true;
}

const COUNTED =
  /\d|\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|half|dozen)\b/i;
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

const LEAD =
  /^(?:(?:about|around|roughly|approximately|nearly|almost|some|just|an estimated|by|in|on|until|since|before|after|from|over|under|more than|less than|up to|at least|c\.|circa)\s+)+/i;
/** The hedge or preposition a figure is written with ("around ", "by "), lower case. */
const leadOf = (text: string) => (LEAD.exec(text)?.[0] ?? "").toLowerCase().replace(/\s+/g, " ");

/** Years of one event's era: 1994 (a historian's book) is no option for Harcourt's letters of 1847. */
const ERA = 30;
const sameEra = (a: string, b: string) => {
  const x = Number(/\d{3,4}/.exec(a)?.[0]);
  const y = Number(/\d{3,4}/.exec(b)?.[0]);
  return !x || !y || Math.abs(x - y) <= ERA;
};

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
  // "November 30": the day moves within its month, never to "November 36".
  const day = new RegExp(`^(${MONTH.source})\\s+(\\d{1,2})((?:st|nd|rd|th)?)$`).exec(
    key.text.replace(LEAD, ""),
  );
  // "31 January", as British writers put it, likewise.
  const dayFirst = new RegExp(`^(\\d{1,2})((?:st|nd|rd|th)?)\\s+(${MONTH.source})$`).exec(
    key.text.replace(LEAD, ""),
  );
  if (day || dayFirst) {
    const at = Number(day ? day[2] : dayFirst![1]);
    const suffix = day ? day[3] : dayFirst![2];
    const month = day ? day[1] : dayFirst![3];
    const lead = LEAD.exec(key.text)?.[0] ?? "";
    return shuffled([-9, -5, -2, 3, 6, 11], draw)
      .map((d) => at + d)
      .filter((n) => n >= 1 && n <= 28)
      .map((n) => {
        const written = `${n}${suffix ? ordinalSuffix(n) : ""}`;
        return `${lead}${day ? `${month} ${written}` : `${written} ${month}`}`;
      });
  }
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
          .filter((y) => y > 1000 && y <= Math.max(2030, value + 15))
      : value < 10 && decimals === 0
        ? shuffled([-2, -1, 1, 2, 3, 5], draw)
            .map((d) => value + d)
            .filter((n) => n > 0)
        : // Near the key and unevenly spaced: halves, doubles and triples made a series (812, 1,624, 2,436
          // against 745) that a student sets aside at sight.
          shuffled([0.6, 0.7, 0.8, 1.25, 1.4, 1.7], draw).map((f) =>
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

/** "st", "nd", "rd" or "th" for a day or an ordinal written in digits. */
export const ordinalSuffix = (n: number) =>
  n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th";

const ORDINAL_WORDS =
  "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(" ");

/**
 * Ordinals next to the key in its own frame ("second", "fourth" for "third floor"; "29th", "33rd" for "31st
 * minute"): an ordinal from another frame ("150th" from "150th anniversary") is absurd on a mill's floor.
 */
function nearOrdinals(key: Entity): string[] {
  const draw = seededRandom(seedOf(key.text));
  const word = /^(.*?)([A-Za-z]+)$/.exec(key.text);
  const at = word ? ORDINAL_WORDS.indexOf(word[2]!.toLowerCase()) : -1;
  if (word && at > 0) {
    const cap = /^[A-Z]/.test(word[2]!);
    return shuffled([-2, -1, 1, 2, 3], draw)
      .map((d) => at + d)
      .filter((n) => n >= 1 && n < ORDINAL_WORDS.length)
      .map(
        (n) => word[1]! + (cap ? ORDINAL_WORDS[n]!.replace(/^./, (c) => c.toUpperCase()) : ORDINAL_WORDS[n]!),
      );
  }
  const digits = /(\d+)(st|nd|rd|th)\b/i.exec(key.text);
  if (!digits) return [];
  const value = Number(digits[1]);
  const steps = value < 10 ? [-2, -1, 1, 2, 3] : [-4, -2, 2, 3, 5];
  return shuffled(steps, draw)
    .map((d) => value + d)
    .filter((n) => n >= 1)
    .map(
      (n) =>
        key.text.slice(0, digits.index) +
        n +
        ordinalSuffix(n) +
        key.text.slice(digits.index + digits[0].length),
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
export function entityDistractors(
  article: Article,
  key: Entity,
  cited: Sentence,
  count = 3,
  shownTogether = count > 1,
): Distractor[] {
  const out: Distractor[] = [];
  const taken = (t: string) => out.some((d) => same(d.text, t));
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

/**
 * People for a person key, in the key's form (a surname among surnames, full names among full names), never one
 * the cited sentence names in any form (a stem naming Nakamura's vote cannot offer Ken Nakamura), of the key's
 * title first where the sentence gives one, and of the pronoun the sentence refers to the key by ("… his
 * character" takes no woman the article calls "she").
 */
function personDistractors(
  article: Article,
  key: Entity,
  cited: Sentence,
  candidates: Entity[],
  count: number,
): Distractor[] {
  const out: Distractor[] = [];
  const surnameOnly = key.text.split(/\s+/).length === 1;
  const before = (x: Entity) =>
    article.sentences[x.sentence]!.text.slice(0, x.start - article.sentences[x.sentence]!.start);
  const title = titleBefore(cited.text.slice(0, key.start - cited.start));
  const full = (x: Entity) => fullName(x.text, article.entities);
  const mentions = (e: Entity) =>
    article.entities.filter((x) => x.kind === "person" && (x.text === e.text || full(x) === full(e)));
  const titled = (e: Entity) => !title || mentions(e).some((x) => titleBefore(before(x)) === title);
  const keyGender = genderAfter(cited, key);
  const gendered = (e: Entity) =>
    !keyGender ||
    mentions(e).every((x) => {
      const g = genderAfter(article.sentences[x.sentence]!, x);
      return !g || g === keyGender;
    });
  const named = (name: string) =>
    name.split(/\s+/).some((w) => w.length > 2 && new RegExp(`\\b${escapeRegExp(w)}\\b`).test(cited.text));
  // The key's title first ("Councillor _____" takes the councillors before anyone else); for a surname, people
  // the article also calls by surname alone ("Vale" is only ever written inside "Kestrel Vale", a team's name);
  // then the nearest.
  const alone = (e: Entity) => surnameOnly && mentionedAlone(article, full(e).split(/\s+/).at(-1)!);
  const sorted = [...candidates].sort(
    (a, b) =>
      Number(titled(b)) - Number(titled(a)) ||
      Number(alone(b)) - Number(alone(a)) ||
      Math.abs(a.sentence - key.sentence) - Math.abs(b.sentence - key.sentence),
  );
  for (const e of sorted) {
    if (out.length >= count) break;
    const whole = full(e);
    const text = surnameOnly ? whole.split(/\s+/).at(-1)! : whole;
    if (!surnameOnly && text.split(/\s+/).length < 2) continue;
    // A surname option is of someone with a first name: "Celsius" (of "degrees Celsius") is no one's surname.
    if (surnameOnly && whole.split(/\s+/).length < 2) continue;
    if (named(whole) || !gendered(e) || sharesWord(text, key.text)) continue;
    if (out.some((d) => same(d.text, text))) continue;
    const where = article.sentences[e.sentence]!;
    out.push({ text, feedback: fromElsewhere(text, where, e.start, e.end, key.text) });
  }
  return out;
}

/** Whether the article names someone by this one word on its own, as a person. */
const mentionedAlone = (article: Article, word: string) =>
  article.entities.some((x) => x.kind === "person" && x.text === word);

const HE = /^(?:he|him|his|himself)$/i;
const SHE = /^(?:she|her|hers|herself)$/i;
/**
 * The gender the sentence gives a person by the first personal pronoun after the name, when no other person
 * stands between ("Veteran actor Tomas Reyes … his character"); undefined when it gives none.
 */
function genderAfter(s: Sentence, e: Entity): "m" | "f" | undefined {
  for (const t of s.tokens) {
    if (t.start < e.end) continue;
    if (t.pos === "PROPN") return undefined;
    if (HE.test(t.text)) return "m";
    if (SHE.test(t.text)) return "f";
  }
  return undefined;
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
  new RegExp(`(?<![\\d.,])${escapeRegExp(n)}(?![\\d]|[.,]\\d)`).test(text);

const sharesWord = (a: string, b: string) => {
  const w = new Set(a.toLowerCase().split(/\s+/));
  return b
    .toLowerCase()
    .split(/\s+/)
    .some((x) => x.length > 2 && w.has(x));
};

/** Steps to a shared hypernym within which kinds count as equally near (their order is then by length). */
const NEAR_KIND = 4;

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
  const titleLower = article.title.toLowerCase();
  // The words either side of the blank: "the full _____ light" takes no "sunlight" ("sunlight light").
  const beside = [
    /(\w+)\W*$/.exec(cited.text.slice(0, key.start - cited.start))?.[1],
    /^\W*(\w+)/.exec(cited.text.slice(key.end - cited.start))?.[1],
  ].filter((w): w is string => !!w && w.length > 2);
  const pool = nouns
    .filter(
      (n) =>
        n.lexFile === key.lexFile &&
        n.plural === key.plural &&
        n.lemma !== key.lemma &&
        !citedLower.includes(n.lemma) &&
        // The article's subject ("honeybees" in a piece on honeybees) fits no slot about its causes or parts.
        !titleLower.includes(n.lemma) &&
        !areSynonyms(key.lemma, n.lemma, "noun") &&
        !overlaps(n.lemma, key.lemma) &&
        !tooClose(key.lemma, n.lemma) &&
        !beside.some((w) => overlaps(w, n.lemma)) &&
        sameClass(key.lemma, n.lemma),
    )
    // The nearest kinds first ("lockers" with "bags" before "tools"), then options of like length ("lens" with
    // "lamp", not "lifeboat": a key shorter than every distractor is picked by "shortest option" without reading),
    // then the nearest in the article.
    .sort(
      (a, b) =>
        Math.min(classDistance(key.lemma, a.lemma), NEAR_KIND) -
          Math.min(classDistance(key.lemma, b.lemma), NEAR_KIND) ||
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
