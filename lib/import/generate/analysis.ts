import type { ItemEntity, ItemSentence, ItsFunction } from "wink-nlp";
import { englishNlp } from "../../english-nlp";

/** A word of a sentence as wink-nlp reads it; offsets are in the article's text. */
export type Token = { text: string; pos: string; lemma: string; start: number; end: number };
/** A wink-nlp entity (DATE, CARDINAL, MONEY, PERCENT, TIME, DURATION, ORDINAL, …) as token indexes. */
export type WinkEntity = { type: string; first: number; last: number };

export type Sentence = {
  /** Position among the article's sentences. */
  index: number;
  text: string;
  start: number;
  end: number;
  tokens: Token[];
  entities: WinkEntity[];
  /** The sentence is a list item ("2. Add greens", "• apples"): its number or bullet was left out. */
  listItem: boolean;
  /** The first sentence of its paragraph. */
  opensParagraph: boolean;
  /** In an interview, who speaks ("MARLOW: …"): the label is no part of the sentence. */
  speaker?: string;
};

// Each sentence's article, so a statement about one sentence can look back for the person a pronoun names.
const articleOf = new WeakMap<Sentence, readonly Sentence[]>();

/** The sentences of the article `s` was read from (by `analyse`), or undefined for a sentence made elsewhere. */
export const articleSentences = (s: Sentence): readonly Sentence[] | undefined => articleOf.get(s);

const LIST_MARKER = /^(?:\d{1,3}\.|•)\s+/;
// "MARLOW:", and a transcript's "PROPOSITION, FIRST SPEAKER (Isla Fenwick, Halsey Academy):": capitals, then the
// name and role in brackets.
const SPEAKER = /^([A-Z][A-Z.'’-]+(?:,? [A-Z][A-Z.'’-]+){0,4}(?: \([^()]{2,80}\))?):\s+/;

/**
 * The article's sentences with their words, parts of speech, lemmas and entities: one wink-nlp reading per
 * paragraph. Lines without final punctuation (headings) are left out, as by lib/import/sentences.ts.
 */
export function analyse(text: string): Sentence[] {
  const nlp = englishNlp();
  const its = nlp.its;
  const out: Sentence[] = [];
  for (const p of text.matchAll(/[^\n]+/g)) {
    if (!/[.!?]["”’')]?\s*$/.test(p[0])) continue;
    const speaker = SPEAKER.exec(p[0]);
    const marker = LIST_MARKER.exec(p[0])?.[0].length ?? speaker?.[0].length ?? 0;
    const line = p[0].slice(marker);
    const base = p.index + marker;
    const doc = nlp.readDoc(line);
    // Token offsets: wink's tokens are consecutive pieces of the line.
    const all: Token[] = [];
    const tokens = doc.tokens();
    const values = tokens.out(its.value);
    const tags = tokens.out(its.pos);
    // wink-nlp's typings give its.lemma the parameters it is called with, not those of an ItsFunction.
    const lemmas = tokens.out(its.lemma as unknown as ItsFunction<string>);
    let cursor = 0;
    values.forEach((value, i) => {
      const at = line.indexOf(value, cursor);
      const start = at < 0 ? cursor : at;
      cursor = start + value.length;
      all.push({
        text: value,
        pos: tags[i]!,
        lemma: lemmas[i]!.toLowerCase(),
        start: base + start,
        end: base + start + value.length,
      });
    });
    const entities: WinkEntity[] = [];
    doc.entities().each((e: ItemEntity) => {
      const span = e.out(its.span) as unknown as [number, number];
      entities.push({ type: e.out(its.type) as string, first: span[0], last: span[1] });
    });
    let first = true;
    doc.sentences().each((s: ItemSentence) => {
      const span = s.out(its.span) as unknown as [number, number];
      const tokens = all.slice(span[0], span[1] + 1);
      if (tokens.length === 0) return;
      const start = tokens[0]!.start;
      const end = tokens[tokens.length - 1]!.end;
      out.push({
        index: out.length,
        text: text.slice(start, end),
        start,
        end,
        tokens,
        entities: entities
          .filter((e) => e.first >= span[0] && e.last <= span[1])
          .map((e) => ({ ...e, first: e.first - span[0], last: e.last - span[0] })),
        listItem: marker > 0 && !speaker,
        opensParagraph: first,
        ...(speaker ? { speaker: speaker[1]! } : {}),
      });
      first = false;
    });
  }
  for (const s of out) articleOf.set(s, out);
  return out;
}

export const wordsOf = (s: string) => s.split(/\s+/).filter(Boolean).length;
