import type { Token } from "./lemmas";

// Words that turn an answer around ("not encourage", "no longer", "never") or hedge between answers ("NATO or
// the EU"): next to an accepted phrase they mean the student did not give it. "n't" arrives as the lemma "not".
const CUES = new Set([
  "not",
  "no",
  "never",
  "neither",
  "nor",
  "none",
  "nothing",
  "nobody",
  "nowhere",
  "without",
  "hardly",
  "barely",
  "or",
  "either",
]);

export function isNegationOrHedge(token: Token): boolean {
  return token.forms.some((form) => CUES.has(form));
}
