import type { Sentence } from "./analysis";
import type { NounUse } from "./noun-distractors";
import { COMMON_RANK, frequencyRank } from "./frequency";
import { sensesOf } from "../../language/wordnet";

/**
 * The article's nouns that could be blanked or offered: common nouns of at least four letters, past the most
 * frequent words of English ("questions", "districts"), that WordNet knows (its first sense gives the head type).
 */
export function nounsOf(sentences: readonly Sentence[]): NounUse[] {
  const out: NounUse[] = [];
  for (const s of sentences)
    s.tokens.forEach((t, i) => {
      if (t.pos !== "NOUN" || i === 0 || !/^[a-z]{4,}$/.test(t.text)) return;
      // Part of a compound ("hydrogen peroxide", "supply boat"): not a word that stands alone.
      const next = s.tokens[i + 1];
      const prev = s.tokens[i - 1]!;
      if ((next && (next.pos === "NOUN" || next.pos === "PROPN")) || prev.pos === "PROPN") return;
      if (Math.min(frequencyRank(t.text), frequencyRank(t.lemma)) <= COMMON_RANK) return;
      const sense = sensesOf(t.lemma, "noun")[0];
      if (!sense) return;
      out.push({
        text: t.text,
        lemma: t.lemma,
        plural: t.text !== t.lemma,
        lexFile: sense.lexFile,
        sentence: s.index,
        start: t.start,
        end: t.end,
      });
    });
  return out;
}
