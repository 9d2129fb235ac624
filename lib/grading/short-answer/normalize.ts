const MARKS = /\p{M}/gu;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u02BC`\u00B4]/g;
// "u.s.", "e.g.": the dots of an abbreviation go, so it reads as one word whichever way it was typed.
const ABBREVIATION = /(?<![\p{L}\p{N}])(?:\p{L}\.){2,}/gu;
const THOUSANDS = /(?<=\d),(?=\d{3}(?!\d))/g;
// Apostrophes stay inside words ("don't", "nato's") and decimal points between digits; anything else that is
// not a letter or a digit separates words.
const SEPARATOR = /'(?!\p{L})|(?<!\p{L})'|(?<!\d)\.|\.(?!\d)|[^\p{L}\p{N}'.]+/gu;
const LEADING_ARTICLES = /^(?:(?:a|an|the) )+(?=\S)/;

/**
 * Students type on phones and school laptops whose keyboards differ in quotes, accents, case, spacing and
 * punctuation, and write "the" before a name or not; none of that should cost a point. The result is stable
 * when normalized again.
 */
export function normalizeShortAnswer(s: string): string {
  return s
    .normalize("NFKC")
    .toLocaleLowerCase("en")
    .normalize("NFKD")
    .replace(MARKS, "")
    .normalize("NFC")
    .replace(SINGLE_QUOTES, "'")
    .replace(ABBREVIATION, (abbreviation) => abbreviation.replaceAll(".", ""))
    .replace(THOUSANDS, "")
    .replaceAll("&", " and ")
    .replaceAll("%", " percent ")
    .replace(SEPARATOR, " ")
    .trim()
    .replace(/\s+/g, " ")
    .replace(LEADING_ARTICLES, "");
}
