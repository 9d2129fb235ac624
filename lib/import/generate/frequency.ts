import { wordFrequencies } from "../../language/dictionary-files";
import { americanSpellings } from "./spelling";

let ranks: Map<string, number> | undefined;
/** Ranks already worked out, spelling variants included: generation asks for the same words many times. */
const looked = new Map<string, number>();

/**
 * A word's rank in SUBTLEX-US (1 is the most frequent, "you"); words outside its 74,286 rank after all of them.
 * Lower case; a British spelling ranks as its American form where that ranks higher. Ranks are built once, on
 * first use.
 */
export function frequencyRank(word: string): number {
  if (!ranks) {
    const list = wordFrequencies();
    ranks = new Map();
    list.forEach((entry, i) => {
      const w = entry.word.toLowerCase();
      if (!ranks!.has(w)) ranks!.set(w, i + 1);
    });
  }
  const known = looked.get(word);
  if (known !== undefined) return known;
  // A British spelling ranks as its American form: the list is American, and holds "neighbouring" only as a
  // rare word of British subtitles.
  const found = [word, ...americanSpellings(word)].flatMap((w) => ranks!.get(w.toLowerCase()) ?? []);
  const rank = found.length > 0 ? Math.min(...found) : 100_000;
  looked.set(word, rank);
  return rank;
}

/** Words past this rank are rare enough to teach (about the 10,000 most frequent are known by a 12-year-old). */
export const RARE_RANK = 14_000;

/** Words within this rank are too common to blank: "questions", "districts", "frequently". */
export const COMMON_RANK = 2500;
