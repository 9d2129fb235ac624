import type { Sentence, Token } from "./analysis";
import { citeSentence, type Article, type Draft } from "./article";
import type { WordNetPos } from "../../language/dictionary-files";
import { otherSense, otherWord } from "./feedback";
import { frequencyRank, RARE_RANK } from "./frequency";
import { fittingSense, signature } from "../../language/lesk";
import { contentLemmas, readsBadly } from "./text";
import type { Sense } from "../../language/wordnet";

const POS: Record<string, WordNetPos> = { NOUN: "noun", VERB: "verb", ADJ: "adj", ADV: "adv" };

/** A rare word of the article and the WordNet sense that fits its sentence. */
export type RareWord = { token: Token; sentence: Sentence; pos: WordNetPos; sense: Sense; senses: Sense[] };

const MAX_DEFINITION_WORDS = 14;
const definitionOf = (s: Sense) => s.definition.replace(/\s*\([^)]*\)/g, "").trim();
const usable = (s: Sense) => {
  const d = definitionOf(s);
  return d.length > 0 && d.split(" ").length <= MAX_DEFINITION_WORDS;
};

/**
 * A definition that names the word or a part of it ("of or relating to geopolitics", "the act of endorsing", "a
 * place where boats are built" for "boatyard", "Atlantic" in "transatlantic"): matched by the word itself.
 */
export function circular(word: string, lemma: string, definition: string): boolean {
  const w = word.toLowerCase();
  const stem = lemma.toLowerCase().slice(0, 5);
  const defWords = definition
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
  return defWords.some((d) => d.startsWith(stem) || (d.length >= 4 && w.includes(d.replace(/s$/, ""))));
}

/** A base word this common is known to every student, and so is its regular derivative. */
const KNOWN_BASE_RANK = 5000;

/**
 * A word a student reads through a common base it regularly derives from: "neighbouring" (neighbour), "surprisingly",
 * "unlocked". Film subtitles, the frequency list's source, rarely say "neighbouring", so it ranked as rare and the
 * seventh review got a vocabulary item on a word every student knows. Only -ing, -ed, -ly and un- are taken off:
 * their meaning is the base's; a suffix that makes a new word ("-al" of "dismissal") is not.
 */
export function knownByBase(word: string): boolean {
  const w = word.toLowerCase();
  const bases = new Set([w.replace(/^un(?=[a-z]{4})/, "")]);
  // Two suffixes at most: "surprisingly" → "surprising" → "surprise".
  for (let round = 0; round < 2; round++)
    for (const v of [...bases]) {
      const m = /^([a-z]{3,}?)(ing|ed|ly)$/.exec(v);
      if (!m) continue;
      const stem = m[1]!;
      bases.add(stem).add(`${stem}e`);
      // "stopping" → "stop", "happily" → "happy".
      if (/([b-df-hj-np-tv-z])\1$/.test(stem)) bases.add(stem.slice(0, -1));
      if (/i$/.test(stem)) bases.add(`${stem.slice(0, -1)}y`);
    }
  bases.delete(w);
  return [...bases].some((b) => frequencyRank(b) <= KNOWN_BASE_RANK);
}

/**
 * Rare words (past RARE_RANK in SUBTLEX-US, by word and lemma) with a sense WordNet knows, each with the sense
 * that fits its sentence and its neighbours by simplified Lesk. Names, numbers and hyphenated words are left out.
 */
export function rareWordsOf(article: Article): RareWord[] {
  const out: RareWord[] = [];
  // Words of the title and headings are the topic ("glacier", "honeybees"): every reader knows them from there.
  const topicWords = new Set(
    [article.title, ...article.sections.map((x) => x.heading)]
      .join(" ")
      .toLowerCase()
      .split(/[^a-z]+/)
      .flatMap((w) => (w.length > 3 ? [w, w.replace(/(?:es|s)$/, "")] : [])),
  );
  const seen = new Set<string>();
  for (const s of article.sentences) {
    if (readsBadly(s.text)) continue;
    s.tokens.forEach((t, i) => {
      const pos = POS[t.pos];
      if (!pos || i === 0 || !/^[a-z]{5,}$/.test(t.text) || seen.has(t.lemma)) return;
      if (Math.min(frequencyRank(t.text), frequencyRank(t.lemma)) <= RARE_RANK) return;
      const before = article.sentences[s.index - 1];
      const after = article.sentences[s.index + 1];
      const context = [s, before, after].filter((x): x is Sentence => !!x).flatMap(contentLemmas);
      const fit = fittingSense(t.lemma, pos, context);
      // Lesk must have found the sense from the context, clearly ahead of the next, unless the word has only one:
      // a wrong key is worse than no item ("dismissal" of concerns is not the end of a job).
      // A clear winner means two context words more than the next sense (the reviewer found "dismissal",
      // "endorsement", "paving" and "waterway" keyed to the wrong sense at a margin of one).
      if (!fit || !usable(fit.sense) || (fit.senses.length > 1 && (fit.overlap === 0 || fit.margin < 2)))
        return;
      if (circular(t.text, t.lemma, definitionOf(fit.sense)) || topicWords.has(t.lemma)) return;
      seen.add(t.lemma);
      out.push({ token: t, sentence: s, pos, sense: fit.sense, senses: fit.senses });
    });
  }
  return out;
}

/**
 * "As the article uses it, what does 'reticent' mean?" The key is the fitting sense's definition; distractors
 * are the word's other senses (of the same part of speech), then the meanings of other rare words of the article
 * of the same part of speech. A distractor sharing most of its words with the key is left out (it could be right).
 */
export function vocabularyDraft(word: RareWord, others: readonly RareWord[]): Draft | undefined {
  // Not asked, but its meaning may still be another word's wrong option.
  if (knownByBase(word.token.text)) return undefined;
  const key = definitionOf(word.sense);
  const keyWords = signature(key);
  const distinct = (d: string) => {
    const w = signature(d);
    let shared = 0;
    for (const x of w) if (keyWords.has(x)) shared++;
    return shared / Math.max(1, Math.min(w.size, keyWords.size)) < 0.5;
  };
  const options: { text: string; feedback: string }[] = [];
  // Never the key sense's neighbours (hypernyms, similar adjectives) or synonyms: those can be right too.
  const near = new Set([word.sense.offset, ...word.sense.related.map((r) => r.offset)]);
  const keySynonyms = new Set(word.sense.words.filter((x) => x !== word.token.lemma));
  const clash = (s: Sense) =>
    near.has(s.offset) ||
    s.related.some((r) => r.offset === word.sense.offset) ||
    s.words.some((x) => keySynonyms.has(x));
  for (const s of word.senses) {
    if (options.length >= 3) break;
    if (s === word.sense || !usable(s) || s.words.includes(word.token.lemma) === false || clash(s)) continue;
    const d = definitionOf(s);
    if (!distinct(d) || options.some((o) => o.text === d) || circular(word.token.text, word.token.lemma, d))
      continue;
    options.push({ text: d, feedback: otherSense(word.token.lemma, s.examples[0]) });
  }
  // Other words' senses only of the same part of speech and lexicographer file (noun.artifact for
  // noun.artifact): "a metric unit of length" for "glacier" is rejected at sight.
  for (const o of others) {
    if (options.length >= 3) break;
    if (o.pos !== word.pos || o.token.lemma === word.token.lemma) continue;
    if (o.sense.lexFile !== word.sense.lexFile || clash(o.sense)) continue;
    const d = definitionOf(o.sense);
    if (!distinct(d) || options.some((x) => x.text === d) || d === key) continue;
    if (circular(o.token.text, o.token.lemma, d)) continue;
    options.push({ text: d, feedback: otherWord(word.token.text, o.token.text) });
  }
  // Three options at least, so a lone distractor from afar cannot make it a coin toss.
  if (options.length < 2) return undefined;
  const s = word.sentence;
  return {
    sentences: [s.index],
    question: {
      type: "single_choice",
      skill: "vocabulary",
      points: 1,
      prompt: `Read the sentence from the article: "${s.text}" What does "${word.token.text}" mean as it is used here?`,
      explanation: `Here "${word.token.text}" means ${key}.`,
      citation: citeSentence(s),
      choices: [
        { text: key, correct: true },
        ...options.map((o) => ({ text: o.text, correct: false, feedback: o.feedback })),
      ],
      acceptedAnswers: [],
      evidenceOptions: [],
    },
  };
}
