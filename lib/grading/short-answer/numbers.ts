import type { Token } from "./lemmas";

const SMALL = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const SMALL_ORDINALS = [
  "zeroth",
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "eleventh",
  "twelfth",
  "thirteenth",
  "fourteenth",
  "fifteenth",
  "sixteenth",
  "seventeenth",
  "eighteenth",
  "nineteenth",
];
const TENS_ORDINALS = TENS.map((t) => `${t.slice(0, -1)}ieth`);

const valueOf = (list: readonly string[], word: string, base = 0, step = 1) => {
  const i = list.indexOf(word);
  return i < 0 ? null : base + i * step;
};
const small = (w: string) => valueOf(SMALL, w);
const tens = (w: string) => valueOf(TENS, w, 20, 10);
const ordinal = (w: string) => valueOf(SMALL_ORDINALS, w) ?? valueOf(TENS_ORDINALS, w, 20, 10);
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return "th";
  return ["th", "st", "nd", "rd"][n % 10] ?? "th";
}

type Read = { text: string; end: number };

/**
 * Reads the number written in words from `start` ("twenty one", "two hundred and five", "third"), as digits the way
 * a student would type them ("21", "205", "3rd"). Stops where the words stop forming one number.
 */
function readNumber(words: readonly string[], start: number): Read | null {
  let total = 0;
  let group = 0;
  let last: "none" | "small" | "tens" | "hundred" | "scale" = "none";
  let end = start;
  for (let i = start; i < words.length; i++) {
    const w = words[i]!;
    const unit = small(w);
    const ten = tens(w);
    const nth = ordinal(w);
    const afterScale = last === "none" || last === "hundred" || last === "scale";
    const scaleNext = words[i + 1] === "hundred" || SCALES[words[i + 1] ?? ""] !== undefined;
    if (last === "none" && w === "a" && scaleNext) {
      // "a hundred", "a thousand": the article counts one.
      group = 1;
      last = "small";
    } else if (last === "none" && (w === "hundred" || SCALES[w])) {
      // "thousand troops", once normalization has taken the leading "a".
      total = w === "hundred" ? 0 : SCALES[w]!;
      group = w === "hundred" ? 100 : 0;
      last = w === "hundred" ? "hundred" : "scale";
    } else if (unit !== null && (afterScale || (last === "tens" && unit > 0 && unit < 10))) {
      group += unit;
      last = "small";
    } else if (ten !== null && afterScale) {
      group += ten;
      last = "tens";
    } else if (w === "hundred" && (last === "small" || last === "tens") && group < 100) {
      group *= 100;
      last = "hundred";
    } else if (SCALES[w] && (last === "small" || last === "tens" || last === "hundred")) {
      total += group * SCALES[w];
      group = 0;
      last = "scale";
    } else if (w === "and" && (last === "hundred" || last === "scale") && i + 1 < words.length) {
      continue;
    } else if (nth !== null && (afterScale || (last === "tens" && nth > 0 && nth < 10))) {
      const n = total + group + nth;
      return { text: `${n}${ordinalSuffix(n)}`, end: i + 1 };
    } else {
      break;
    }
    end = i + 1;
  }
  return end === start ? null : { text: String(total + group), end };
}

/** Replaces numbers written in words by their digits, so "three" and "3" compare equal. */
export function mergeNumberWords(tokens: readonly Token[]): Token[] {
  const words = tokens.map((t) => t.text);
  const out: Token[] = [];
  for (let i = 0; i < tokens.length;) {
    const number = readNumber(words, i);
    if (number) {
      out.push({ text: number.text, forms: [number.text], spelled: false });
      i = number.end;
    } else {
      out.push(tokens[i]!);
      i++;
    }
  }
  return out;
}
