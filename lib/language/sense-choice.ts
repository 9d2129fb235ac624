import { signature, stemWord } from "./lesk";
import type { Sense } from "./wordnet";

/**
 * The reading lookup's simplified Lesk, pure: the sense whose definition and examples share the most words with
 * the sentence; with no shared word (or a tie), the first of them in WordNet's order, which is the most frequent.
 * Undefined only for no senses. Unlike the generator's fittingSense it reads no neighbouring synsets: a student
 * asks about one sentence, and the gloss and its examples are what the popover shows.
 */
export function chooseSense(senses: readonly Sense[], lemma: string, sentence: string): Sense | undefined {
  const context = signature(sentence);
  context.delete(stemWord(lemma.toLowerCase()));
  let best: Sense | undefined;
  let bestScore = -1;
  for (const sense of senses) {
    let score = 0;
    for (const w of signature([sense.definition, ...sense.examples].join(" "))) if (context.has(w)) score++;
    if (score > bestScore) {
      best = sense;
      bestScore = score;
    }
  }
  return best;
}
