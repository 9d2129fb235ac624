/** A word as the lookup takes it: letters with inner apostrophes or hyphens (lib/reading/lookup-schema.ts). */
const WORD = /\p{L}+(?:['’-]\p{L}+)*/gu;

/** The distinct words of a text, in order, for "which word?" and for a double-clicked selection. */
export function wordsOf(text: string): string[] {
  return [...new Set(text.match(WORD) ?? [])];
}
