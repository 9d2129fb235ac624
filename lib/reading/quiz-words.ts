/** A quoted run of one to three words: the word a vocabulary prompt asks about, not a quoted sentence. */
const QUOTED = /["“]([^"“”]+)["”]/g;
const MAX_WORDS = 3;

/**
 * The words a vocabulary question asks about: every short quoted term of its prompt ('What does "embolden" mean
 * here?'), lower case. Longer quotes are the passage's sentence, which the student may look words up in.
 */
export function wordsAskedBy(prompt: string): string[] {
  const out = new Set<string>();
  for (const m of prompt.matchAll(QUOTED)) {
    const term = m[1]!.trim().replace(/[.,;:!?]+$/, "");
    const words = term.split(/\s+/).filter(Boolean);
    if (words.length > 0 && words.length <= MAX_WORDS) for (const w of words) out.add(w.toLowerCase());
  }
  return [...out];
}
