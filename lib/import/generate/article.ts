import type { QuestionInput } from "../../content/schema";
import type { ParsedArticle } from "../parsed-article";
import { analyse, type Sentence } from "./analysis";
import { entitiesOf, type Entity } from "./entities";
import { isApparatus } from "./apparatus";
import { seedOf } from "./key-placement";
import { topicParts } from "./topic-parts";

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
  /**
   * No heading of the article's: the text before the first heading ("Introduction"), or a part of a headingless
   * text cut where its topic turns ("Part 2: Start with the research…"). A student cannot name it as a section.
   */
  introduction?: boolean;
  /** The heading's level where the input shows one (ParsedArticle): a deeper section is a sub-section. */
  level?: number;
  /** Learning objectives, review questions, a summary (isApparatus): read, never asked. */
  apparatus?: boolean;
};

/** The indexes of the apparatus's sentences: no draft, statement or wrong choice comes from them. */
export const apparatusSentences = (sections: readonly Section[]) =>
  new Set(sections.filter((s) => s.apparatus).flatMap((s) => s.sentences.map((x) => x.index)));

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

/** An introduction of this many sentences or more before the first heading is a lesson of its own. */
export const INTRODUCTION_MIN_SENTENCES = 3;
export const INTRODUCTION_HEADING = "Introduction";

export function readForGeneration(parsed: ParsedArticle): Article {
  const sentences = analyse(parsed.text);
  const within = (start: number, end: number) => sentences.filter((x) => x.start >= start && x.end <= end);
  type Span = {
    heading: string;
    start: number;
    end: number;
    passageStart: number;
    bodyAt: number;
    level?: number;
  };
  const spans: (Span & { introduction?: boolean })[] = parsed.sections.flatMap(
    (s, i): (Span & { introduction?: boolean })[] => {
      const bodyAt = bodyStart(parsed.text, s.heading, s.start, s.end);
      const headingAt = bodyAt - s.heading.length;
      // The first section's introduction (text before its heading) is not about that heading: the reviewers found
      // first-section drafts mostly about the lede. A substantial one is a section of its own; a short one is left
      // to the overview.
      if (i > 0 || bodyAt === s.start || headingAt <= s.start)
        return [{ ...s, passageStart: s.start, bodyAt }];
      const lede = within(s.start, headingAt);
      // A short one stays in the section's span and in its lesson's passage (the fifth review found canal's and
      // skate park's ledes in no lesson: a student reads the article from its start); the lesson still drafts
      // from `bodySentences`, so no question about the lede is keyed to the heading's section.
      if (lede.length < INTRODUCTION_MIN_SENTENCES) return [{ ...s, passageStart: s.start, bodyAt }];
      const headed = { ...s, start: headingAt, passageStart: headingAt, bodyAt };
      const end = parsed.text.slice(s.start, headingAt).trimEnd().length + s.start;
      const intro = {
        heading: INTRODUCTION_HEADING,
        start: s.start,
        end,
        passageStart: s.start,
        bodyAt: s.start,
      };
      return [{ ...intro, introduction: true }, headed];
    },
  );
  // A long text with no heading of its own is read in parts where its topic turns (one lesson each).
  const only = spans.length === 1 ? spans[0]! : undefined;
  // (Headingless: the reader names the one section after the title. A section the teacher named stays whole.)
  const headingless = only && only.bodyAt === only.start && only.heading === parsed.title.slice(0, 200);
  const parts = headingless ? topicParts(sentences, within(only.start, only.end)) : [];
  if (parts.length > 1) {
    spans.length = 0;
    parts.forEach(([from, to], n) => {
      const first = sentences[from]!;
      const start = n === 0 ? only!.start : first.start;
      const end = n === parts.length - 1 ? only!.end : sentences[to]!.end;
      // Named after its first sentence of some length: a transcript's part opens on "Thank you, Chair."
      const naming = sentences
        .slice(from, to + 1)
        .find((x) => x.text.split(/\s+/).length > PART_NAME_MIN_WORDS);
      const heading = `Part ${n + 1}: ${partName(naming ?? first)}`;
      spans.push({ heading, start, end, passageStart: start, bodyAt: start, introduction: true });
    });
  }
  const framing = spans.map(
    (s) =>
      !s.introduction &&
      isApparatus(
        s.heading,
        parsed.text
          .slice(s.bodyAt, s.end)
          .split(/\n\s*\n/)
          .map((p) => p.trim())
          .filter(Boolean),
      ),
  );
  // A page that is all apparatus by these rules is read as content.
  if (framing.every(Boolean)) framing.fill(false);
  const sections = spans.map((s, index) => ({
    index,
    heading: s.heading,
    start: s.start,
    end: s.end,
    passageStart: s.passageStart,
    bodyStart: s.bodyAt,
    sentences: within(s.start, s.end),
    ...(s.level ? { level: s.level } : {}),
    ...(s.introduction ? { introduction: true } : {}),
    ...(framing[index] ? { apparatus: true } : {}),
  }));
  // No name or figure of the apparatus stands in for the content's as a wrong choice.
  const framed = apparatusSentences(sections);
  return {
    title: parsed.title,
    text: parsed.text,
    sentences,
    entities: entitiesOf(sentences).filter((e) => !framed.has(e.sentence)),
    sections,
    seed: seedOf(parsed.text),
  };
}

const PART_NAME_WORDS = 8;
const PART_NAME_MIN_WORDS = 3;
const NAMING = new Set(["NOUN", "PROPN", "NUM"]);

/**
 * A part's name: its first sentence when short, else its first words cut after a noun that ends its phrase
 * ("There is also a cost…", never "There is also a cost that is…": the sixth review found names cut mid-phrase).
 */
export function partName(first: Sentence): string {
  const text = first.text.replace(/[.!?]["”’']?$/, "");
  const words = text.split(/\s+/);
  if (words.length <= PART_NAME_WORDS) return words.join(" ");
  const limit = first.start + words.slice(0, PART_NAME_WORDS).join(" ").length;
  const t = first.tokens;
  for (let i = t.length - 1; i >= 0; i--) {
    const next = t[i + 1];
    if (
      t[i]!.end > limit ||
      !NAMING.has(t[i]!.pos) ||
      (next && (NAMING.has(next.pos) || next.pos === "PART"))
    )
      continue;
    const name = text.slice(0, t[i]!.end - first.start);
    if (name.split(/\s+/).length >= PART_NAME_MIN_WORDS) return `${name}…`;
  }
  return `${words.slice(0, PART_NAME_WORDS - 1).join(" ")}…`;
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

/** A word's first letters, enough to meet its other forms ("Russia", "Russian"; "1890" in "1861–1890"). */
const wordRoot = (w: string) => (/^\d+$/.test(w) ? w : w.slice(0, Math.max(4, w.length - 1)));

/**
 * Whether a key is given away without reading the passage: one of its words (four letters or more, or a figure)
 * stands, in one of its forms, in the article's title, in the heading of the sentence's section, or elsewhere in
 * the sentence itself. The reviewers marked such items answerable from the heading, title or stem ("formally
 * closed in _____" under "Decline and Closing, 1861–1890"; "Russian interference … in _____").
 */
export function givenAway(
  article: Article,
  s: Sentence,
  key: string,
  at?: { start: number; end: number },
): boolean {
  const section = article.sections.find((x) => s.start >= x.start && s.end <= x.end);
  const rest = at ? s.text.slice(0, at.start - s.start) + " " + s.text.slice(at.end - s.start) : "";
  const around =
    `${article.title} ${section?.introduction ? "" : (section?.heading ?? "")} ${rest}`.toLowerCase();
  const seen = around.split(/[^a-z0-9]+/).filter(Boolean);
  const roots = key
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 4 || /^\d+$/.test(w))
    .map(wordRoot);
  return roots.some((r) => seen.some((w) => w.startsWith(r)));
}
