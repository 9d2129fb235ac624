import type { WordNetPos } from "../../language/dictionary-files";
import { baseForms } from "../../language/word-forms";
import { derivationsOf, synonymsOf } from "../../language/wordnet";
import type { Sentence } from "./analysis";
import { tooClose } from "./closeness";

const POS: readonly WordNetPos[] = ["noun", "verb", "adj"];
const CONTENT = new Set(["NOUN", "PROPN", "VERB", "ADJ", "ADV"]);
const HEADING_STOP = new Set(
  "the and for with from into about what when where why how who its their our your this that than then are was were has have had not but can will".split(
    " ",
  ),
);

/** A word's forms a reader links it by: its base forms, WordNet synonyms and derivations ("replace" → "replacement"). */
function relatedForms(word: string): string[] {
  const out = new Set([word]);
  for (const pos of POS)
    for (const base of baseForms(word, pos)) {
      out.add(base);
      for (const w of synonymsOf(base, pos)) out.add(w);
      for (const w of derivationsOf(base, pos)) out.add(w);
    }
  return [...out];
}

const headingWords = (heading: string) =>
  heading
    .toLowerCase()
    .split(/[^a-z'-]+/)
    .map((w) => w.replace(/'s$|^'|'$/g, ""))
    .filter((w) => w.length > 2 && !HEADING_STOP.has(w));

/**
 * Whether a sentence could be placed under a heading without reading: one of its content words (its lemma, or a
 * derivation of it) is a word of any heading or one of that word's base forms, synonyms or derivations, or one of
 * its nouns is a kind of a heading's noun or the reverse ("bees" under "Insects"). A word of every heading cues none.
 */
export function cuedByHeading(s: Sentence, headings: readonly string[]): boolean {
  // A word every heading holds ("Trump" in each of three) points to none of them.
  const each = headings.map((h) => new Set(headingWords(h)));
  const words = [...new Set(each.flatMap((w) => [...w]))].filter((w) => !each.every((h) => h.has(w)));
  if (words.length === 0) return false;
  const forms = new Set(words.flatMap(relatedForms));
  for (const t of s.tokens) {
    if (!CONTENT.has(t.pos)) continue;
    const lemma = t.lemma.toLowerCase();
    if (forms.has(lemma) || forms.has(t.text.toLowerCase().replace(/'s$/, ""))) return true;
    for (const pos of POS) for (const d of derivationsOf(lemma, pos)) if (forms.has(d)) return true;
    if (t.pos === "NOUN" && words.some((w) => tooClose(lemma, w))) return true;
  }
  return false;
}
