import type { Sentence } from "./analysis";
import { citeSentence, type Article, type Draft, type Section } from "./article";
import { escapeRegExp, readsBadly } from "./text";

/**
 * A term the article defines in a glossary list ("• Real wage: a wage adjusted for inflation…"), or a thing it
 * describes in a list of the same form ("• The folding sewing table (1903): a table with a built-in treadle…").
 */
export type Definition = { term: string; meaning: string; sentence: Sentence };

/** "Term: meaning", "Term — meaning" or "Term – meaning", after a list marker the reader keeps. */
const DEFINED = /^(?:[•*]\s*|\d{1,2}[.)]\s*)?([A-Z][^:—–.;]{1,50}?)\s*(?::|\s—|\s–)\s+(.+?)\.?$/;
/** A heading that announces a glossary, whose lines are definitions even when not marked as a list. */
const GLOSSARY_HEADING =
  /\b(?:key (?:terms|words|vocabulary)|glossary|definitions|terms to know|vocabulary)\b/i;
const MAX_TERM_WORDS = 5;
const MIN_MEANING_WORDS = 4;
/** A glossary item is a single choice among the list's other meanings: three at least, as any single choice. */
const MIN_TERMS = 3;

/**
 * The definitions a section gives as a glossary: list items (or lines under a "Key terms" heading) of the form
 * "Term: meaning", when at least three stand together.
 */
export function definitionsOf(section: Section): Definition[] {
  const glossary = GLOSSARY_HEADING.test(section.heading);
  const out: Definition[] = [];
  for (const s of section.sentences) {
    if (!s.listItem && !glossary) continue;
    const m = DEFINED.exec(s.text);
    if (!m) continue;
    const term = m[1]!.trim();
    const meaning = m[2]!.trim();
    if (term.split(/\s+/).length > MAX_TERM_WORDS || meaning.split(/\s+/).length < MIN_MEANING_WORDS)
      continue;
    if (readsBadly(meaning)) continue;
    out.push({ term, meaning, sentence: s });
  }
  return out.length >= MIN_TERMS ? out : [];
}

/** The term as a sentence would write it: lower case unless the article capitalises it mid-sentence too. */
function asWritten(article: Article, listed: string): string {
  // "The Voss loom guard (1888)": the year is the list's, not the name's.
  const term = listed.replace(/\s*\(\d{4}\)$/, "");
  const lower = term.charAt(0).toLowerCase() + term.slice(1);
  if (lower === term || /^[A-Z]{2}/.test(term)) return term;
  return new RegExp(`[a-z,] ${escapeRegExp(term)}\\b`).test(article.text) ? term : lower;
}

/**
 * "According to the article, which description matches "interest rate"?", with the glossary's other meanings as
 * the wrong options. A term whose meaning repeats one of its words ("Real wage: a wage adjusted…") is not asked:
 * the key would be the only option sharing a word with the stem.
 */
export function definitionDraft(
  article: Article,
  d: Definition,
  glossary: readonly Definition[],
): Draft | undefined {
  const stems = (t: string) => (t.toLowerCase().match(/[a-z]{4,}/g) ?? []).map((w) => w.slice(0, 5));
  const termStems = stems(d.term);
  const namesTerm = (meaning: string) => stems(meaning).some((w) => termStems.includes(w));
  if (namesTerm(d.meaning)) return undefined;
  // Nor a wrong meaning that names the term ("a wage adjusted for inflation" for "inflation"): wrong at sight.
  const others = glossary
    .filter((o) => o !== d && o.meaning !== d.meaning && !namesTerm(o.meaning))
    .slice(0, 3);
  if (others.length < 2) return undefined;
  const term = asWritten(article, d.term);
  return {
    sentences: [d.sentence.index],
    question: {
      type: "single_choice",
      skill: "vocabulary",
      points: 1,
      prompt: `According to the article, which description matches "${term}"?`,
      explanation: `The article defines it: "${d.sentence.text.replace(/^[•*]\s*/, "")}"`,
      citation: citeSentence(d.sentence),
      choices: [
        { text: d.meaning, correct: true },
        ...others.map((o) => ({
          text: o.meaning,
          correct: false,
          feedback: `That is how the article describes "${asWritten(article, o.term)}".`,
        })),
      ],
      acceptedAnswers: [],
      evidenceOptions: [],
    },
  };
}
