import type { Sentence } from "./analysis";
import type { Article } from "./article";
import { classDistance, sameClass, tooClose } from "./closeness";
import type { Distractor } from "./distractors";
import { fromElsewhere } from "./feedback";
import { areSynonyms } from "../../language/wordnet";
import { overlaps, sameText, titleNames } from "./text";

/** Steps to a shared hypernym within which kinds count as equally near (their order is then by length). */
const NEAR_KIND = 4;

/** A noun of the article, as a candidate blank or distractor. */
export type NounUse = {
  text: string;
  lemma: string;
  plural: boolean;
  lexFile: number;
  sentence: number;
  start: number;
  end: number;
};

/**
 * Distractors for a blanked noun: nouns of the article with the key's head type (WordNet lexicographer file:
 * an animal for an animal, an artifact for an artifact), class (closeness.ts) and number, not in the cited
 * sentence, never a synonym, a kind of the key or what the key is a kind of.
 */
export function nounDistractors(
  article: Article,
  key: NounUse,
  nouns: readonly NounUse[],
  cited: Sentence,
  count = 3,
): Distractor[] {
  const out: Distractor[] = [];
  const citedLower = cited.text.toLowerCase();
  const inTitle = titleNames(article.title);
  // The words either side of the blank: "the full _____ light" takes no "sunlight" ("sunlight light").
  const beside = [
    /(\w+)\W*$/.exec(cited.text.slice(0, key.start - cited.start))?.[1],
    /^\W*(\w+)/.exec(cited.text.slice(key.end - cited.start))?.[1],
  ].filter((w): w is string => !!w && w.length > 2);
  const pool = nouns
    .filter(
      (n) =>
        n.lexFile === key.lexFile &&
        n.plural === key.plural &&
        n.lemma !== key.lemma &&
        !citedLower.includes(n.lemma) &&
        // The article's subject ("honeybees" in a piece on honeybees) fits no slot about its causes or parts; a
        // word of the title only holding the noun ("ant" in "Important") names no subject.
        !inTitle(n.lemma) &&
        !inTitle(n.text) &&
        !areSynonyms(key.lemma, n.lemma, "noun") &&
        !overlaps(n.lemma, key.lemma) &&
        !tooClose(key.lemma, n.lemma) &&
        !beside.some((w) => overlaps(w, n.lemma)) &&
        sameClass(key.lemma, n.lemma),
    )
    // The nearest kinds first ("lockers" with "bags" before "tools"), then options of like length ("lens" with
    // "lamp", not "lifeboat": a key shorter than every distractor is picked by "shortest option" without reading),
    // then the nearest in the article.
    .sort(
      (a, b) =>
        Math.min(classDistance(key.lemma, a.lemma), NEAR_KIND) -
          Math.min(classDistance(key.lemma, b.lemma), NEAR_KIND) ||
        Number(Math.abs(a.text.length - key.text.length) > 2) -
          Number(Math.abs(b.text.length - key.text.length) > 2) ||
        Math.abs(a.sentence - key.sentence) - Math.abs(b.sentence - key.sentence),
    );
  for (const n of pool) {
    if (out.length >= count) break;
    if (out.some((d) => sameText(d.text, n.text) || overlaps(d.text, n.text))) continue;
    out.push({
      text: n.text,
      feedback: fromElsewhere(n.text, article.sentences[n.sentence]!, n.start, n.end, key.text),
    });
  }
  return out;
}
