import type { WordNetPos } from "./dictionary-files";
import { neighboursOf, sensesOf, type Sense } from "./wordnet";

const STOP = new Set(
  "a an the of to in on at by for with from and or but not no as is are was were be been being that this these those it its which who whom what when where how than then so such some any all one ones something someone somebody used especially usually often".split(
    " ",
  ),
);

/** Lower-case words of a definition or example, without function words; crude suffix stripping for matching. */
export function signature(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((w) => w.length > 2 && !STOP.has(w))
      .map(stemWord),
  );
}

export const stemWord = (w: string) => w.replace(/(?:ing|ed|es|s|ly)$/, "");

/** A sense's words for matching: definition, examples, synonyms and its neighbours' definitions. */
function senseSignature(sense: Sense): Set<string> {
  const parts = [
    sense.definition,
    ...sense.examples,
    ...sense.words,
    ...neighboursOf(sense).map((n) => n.definition),
  ];
  return signature(parts.join(" "));
}

/** `margin`: how many more context words the chosen sense shares than the next best (0 on a tie). */
export type SenseChoice = { sense: Sense; senses: Sense[]; overlap: number; margin: number };

/**
 * Simplified Lesk: the sense whose definition, examples, synonyms and neighbours share the most words with the
 * context (the sentence and its neighbours); ties go to WordNet's more frequent sense. Undefined without senses.
 */
export function fittingSense(
  lemma: string,
  pos: WordNetPos,
  context: Iterable<string>,
): SenseChoice | undefined {
  const senses = sensesOf(lemma, pos);
  if (senses.length === 0) return undefined;
  const ctx = new Set([...context].map(stemWord));
  ctx.delete(stemWord(lemma));
  let best = senses[0]!;
  let bestScore = -1;
  const raw: number[] = [];
  senses.forEach((s, i) => {
    let score = 0;
    for (const w of senseSignature(s)) if (ctx.has(w)) score++;
    raw.push(score);
    // A small prior for the more frequent senses breaks ties.
    const weighted = score + (senses.length - i) * 0.01;
    if (weighted > bestScore) {
      best = s;
      bestScore = weighted;
    }
  });
  const overlap = Math.floor(bestScore);
  const next = Math.max(-1, ...raw.filter((_, i) => senses[i] !== best));
  return {
    sense: best,
    senses,
    overlap,
    margin: senses.length === 1 ? overlap : overlap - Math.max(0, next),
  };
}
