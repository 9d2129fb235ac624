import type { Sentence } from "./analysis";
import { citeSpan, type Article, type Draft, type Section } from "./article";
import { contentLemmas } from "./text";

/** Cosine similarity of two bags of lemmas weighted by idf over the article's sentences. */
export function similarity(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [w, x] of a) {
    na += x * x;
    const y = b.get(w);
    if (y) dot += x * y;
  }
  for (const y of b.values()) nb += y * y;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

export function vectors(
  article: Pick<Article, "sentences">,
  sentences: readonly Sentence[],
): Map<string, number>[] {
  const df = new Map<string, number>();
  for (const s of article.sentences)
    for (const w of new Set(contentLemmas(s))) df.set(w, (df.get(w) ?? 0) + 1);
  const n = article.sentences.length;
  return sentences.map((s) => {
    const v = new Map<string, number>();
    for (const w of contentLemmas(s)) v.set(w, (v.get(w) ?? 0) + Math.log(1 + n / (df.get(w) ?? 1)));
    return v;
  });
}

/**
 * "Which sentence states the main idea of this section?" The key is the section's central sentence; the
 * distractors are other sections' central sentences (real sentences of the article, about something else).
 */
export function mainIdeaDraft(
  article: Article,
  section: Section,
  centrals: ReadonlyMap<number, Sentence>,
): Draft | undefined {
  const key = centrals.get(section.index);
  if (!key || section.sentences.length < 3) return undefined;
  const others = [...centrals]
    .filter(([i]) => i !== section.index)
    .map(([i, s]) => ({ s, heading: article.sections[i]!.heading }))
    .sort((a, b) => Math.abs(a.s.text.length - key.text.length) - Math.abs(b.s.text.length - key.text.length))
    .slice(0, 3);
  if (others.length < 2) return undefined;
  const first = section.sentences[0]!;
  const last = section.sentences[section.sentences.length - 1]!;
  return {
    sentences: [key.index],
    question: {
      type: "single_choice",
      skill: "main_idea",
      points: 1,
      prompt: `Which sentence from the article best states the main idea of the section "${section.heading}"?`,
      explanation: `Of the sentences offered, this one is about the section "${section.heading}": "${key.text}"`,
      citation: citeSpan(article, first, last),
      choices: [
        { text: key.text, correct: true },
        ...others.map(({ s, heading }) => ({
          text: s.text,
          correct: false,
          feedback: `That sentence is the main idea of another section, "${heading}".`,
        })),
      ],
      acceptedAnswers: [],
      evidenceOptions: [],
    },
  };
}
