import type { QuestionInput } from "../../content/schema";
import type { ParsedArticle } from "../parsed-article";
import { analyse, type Sentence } from "./analysis";
import { entitiesOf, type Entity } from "./entities";
import { seedOf } from "./key-placement";

export type Section = { index: number; heading: string; start: number; end: number; sentences: Sentence[] };

/** Everything generation reads, analysed once per article. */
export type Article = {
  title: string;
  text: string;
  sentences: Sentence[];
  entities: Entity[];
  sections: Section[];
  /** From the article's text: the same article always gets the same drafts. */
  seed: number;
};

/** A generated question with the sentences it tests (one lesson never tests a sentence twice). */
export type Draft = { question: QuestionInput; sentences: number[] };

export function readForGeneration(parsed: ParsedArticle): Article {
  const sentences = analyse(parsed.text);
  return {
    title: parsed.title,
    text: parsed.text,
    sentences,
    entities: entitiesOf(sentences),
    sections: parsed.sections.map((s, index) => ({
      index,
      heading: s.heading,
      start: s.start,
      end: s.end,
      sentences: sentences.filter((x) => x.start >= s.start && x.end <= s.end),
    })),
    seed: seedOf(parsed.text),
  };
}

export const citeSentence = (s: Sentence) => ({ text: s.text, start: s.start, end: s.end });

/** The span from the first to the last sentence given, as a citation. */
export function citeSpan(article: Article, from: Sentence, to: Sentence) {
  return { text: article.text.slice(from.start, to.end), start: from.start, end: to.end };
}

export const entitiesIn = (article: Article, s: Sentence) =>
  article.entities.filter((e) => e.sentence === s.index);
