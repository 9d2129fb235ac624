import type { Entity } from "./entities";
import { seededRandom, seedOf, shuffled } from "./key-placement";
import { escapeRegExp, isYear } from "./text";

/** A made-up figure rounded as the key is: 60,000 → 45,000, not 45,123. */
function roundLike(n: number, key: number): number {
  const zeros = /0*$/.exec(String(Math.round(key)))![0].length;
  const step = 10 ** Math.max(0, Math.min(zeros, String(Math.round(n)).length - 1));
  return Math.max(step, Math.round(n / step) * step);
}

/** A month's name: a day made up near the key stays in its month. */
export const MONTH =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
/** The hedges and prepositions a figure may be written with ("around 1450", "by December 15"). */
export const LEAD =
  /^(?:(?:about|around|roughly|approximately|nearly|almost|some|just|an estimated|by|in|on|until|since|before|after|from|over|under|more than|less than|up to|at least|c\.|circa)\s+)+/i;
/** A decade in digits ("1980s"): moves by decades, and takes only decades. */
export const DECADE = /\b\d{3}0s\b/;

export const NUMBER_WORDS = "zero one two three four five six seven eight nine ten eleven twelve".split(" ");

/** Numbers near the key's, written like it, for a key the article has too few figures of its kind to match. */
export function nearNumbers(key: Entity): string[] {
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
  const yearKey = key.kind === "year" || (decimals === 0 && !commas && isYear(raw));
  const candidates = DECADE.test(key.text)
    ? shuffled([-30, -20, -10, 10, 20], draw).map((d) => value + d)
    : yearKey
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
export function nearOrdinals(key: Entity): string[] {
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

/** Whether a made-up figure stands in the text as a figure of its own ("30" is not in "300 trees"). */
export const standsIn = (text: string, n: string) =>
  new RegExp(`(?<![\\d.,])${escapeRegExp(n)}(?![\\d]|[.,]\\d)`).test(text);
