import type { QuestionInput } from "../../content/schema";
import type { ParsedArticle } from "../parsed-article";
import { analyse, type Sentence } from "./analysis";
import { entitiesOf, type Entity } from "./entities";
import { seedOf } from "./key-placement";

/**
 * `bodyStart` is where the section's own text begins, after its heading; `start`/`passageStart` where the parsed
 * section begins, which for the first section can be an introduction before the heading. The first lesson's
 * passage shows the introduction, so its questions may ask about it, but no question keys an introduction
 * sentence to a numbered section ("In which section…" was wrong for them): see `bodySentences`.
 */
export type Section = {
  index: number;
  heading: string;
  start: number;
  end: number;
  passageStart: number;
  bodyStart: number;
  sentences: Sentence[];
};

/** The sentences after the section's heading (an introduction before it left out). */
export const bodySentences = (section: Section) =>
  section.sentences.filter((x) => x.start >= section.bodyStart);

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
    sections: parsed.sections.map((s, index) => {
      return {
        index,
        heading: s.heading,
        start: s.start,
        end: s.end,
        passageStart: s.start,
        bodyStart: bodyStart(parsed.text, s.heading, s.start, s.end),
        sentences: sentences.filter((x) => x.start >= s.start && x.end <= s.end),
      };
    }),
    seed: seedOf(parsed.text),
  };
}

/** After the heading when it stands on a line of its own inside the section (an introduction before it). */
export function bodyStart(text: string, heading: string, start: number, end: number): number {
  const span = text.slice(start, end);
  const at = span.startsWith(`${heading}\n`) ? 0 : span.indexOf(`\n${heading}\n`);
  if (at < 0) return start;
  const after = start + (at === 0 ? heading.length : at + 1 + heading.length);
  return after;
}

export const citeSentence = (s: Sentence) => ({ text: s.text, start: s.start, end: s.end });

/** The span from the first to the last sentence given, as a citation. */
export function citeSpan(article: Article, from: Sentence, to: Sentence) {
  return { text: article.text.slice(from.start, to.end), start: from.start, end: to.end };
}

export const entitiesIn = (article: Article, s: Sentence) =>
  article.entities.filter((e) => e.sentence === s.index);
