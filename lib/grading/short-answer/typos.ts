import damerauLevenshtein from "damerau-levenshtein";

/** Typos forgiven between two words: one from five letters, two from nine, counted on the shorter word. */
export function typoAllowance(a: string, b: string): number {
  const letters = Math.min(a.length, b.length);
  return letters >= 9 ? 2 : letters >= 5 ? 1 : 0;
}

/**
 * Whether `typed` is `intended` with at most the allowed typos. A swap of two neighbouring letters counts as one
 * typo ("recieve"), as a student would count it, hence Damerau-Levenshtein rather than plain Levenshtein.
 */
export function isTypoOf(typed: string, intended: string): boolean {
  const allowed = typoAllowance(typed, intended);
  if (allowed === 0 || typed === intended || Math.abs(typed.length - intended.length) > allowed) return false;
  return damerauLevenshtein(typed, intended).steps <= allowed;
}
