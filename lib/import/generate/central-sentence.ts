import type { Sentence } from "./analysis";
import { bodySentences, type Article, type Section } from "./article";
import { similarity, vectors } from "./main-idea";
import { contentLemmas, readsBadly } from "./text";

const MIN_WORDS = 8;
const MAX_WORDS = 32;
/** A news lede states the story in one long sentence: the section's first may run this long. */
const MAX_LEAD_WORDS = 40;
const DEPENDENT_START =
  /^(?:Others?|Some|This|These|That|Those|It|They|He|She|But|And|So|Also|Still|Yet|Then|Instead|However|Even)\b/;
/** One step or reason of several ("Second, the exercises…"): a part of the point, not the point. */
const LIST_STEP = /^(?:First|Second|Third|Fourth|Fifth|Next|Finally|Lastly|Step \d+)\b/;
/** A person brought in by name and age ("Mia Lawson, 16, travels…"): an example, not the section's point. */
const PERSON_WITH_AGE = /^(?:[A-Z][\w'’-]+ ){1,3}[A-Z][\w'’-]+, \d{1,3},/;
/** Figures that set a scene (a day, an hour, a price) rather than state a result (a count, a share, a measure). */
const SETTING_FIGURES = new Set(["DATE", "TIME", "MONEY"]);

/** A word of a heading and a lemma are one word when they share a stem ("Digging" and "dig", "buses" and "bus"). */
const stem = (w: string) =>
  w
    .toLowerCase()
    .replace(/(?:ing|ed|es|s)$/, "")
    .replace(/(\w)\1$/, "$1");

const RELATIVE = new Set(["who", "which", "that", "when", "where", "whose"]);

/**
 * A main verb outside any relative clause set off by commas: "Gordon Platt, who has lived on the lane for 28
 * years, said…" states something; "The quiet before dawn, when the beam is still sweeping." does not.
 */
function statesSomething(s: Sentence): boolean {
  const chunks: Sentence["tokens"][] = [[]];
  for (const t of s.tokens) {
    if (t.text === ",") chunks.push([]);
    else chunks.at(-1)!.push(t);
  }
  const inner = (c: Sentence["tokens"], i: number) =>
    i > 0 && i < chunks.length - 1 && c.some((t) => RELATIVE.has(t.lemma.toLowerCase()));
  for (const t of chunks.filter((c, i) => !inner(c, i)).flat()) {
    if (t.pos === "VERB" || t.pos === "AUX") return true;
    if (t.pos === "SCONJ" || RELATIVE.has(t.lemma.toLowerCase())) return false;
  }
  return false;
}

/** Whether the sentence can stand alone as a statement of a point. */
function candidate(s: Sentence, first: boolean): boolean {
  const words = s.text.split(/\s+/).length;
  return (
    words >= MIN_WORDS &&
    words <= (first ? MAX_LEAD_WORDS : MAX_WORDS) &&
    !/[?:]$|["“”]/.test(s.text) &&
    !s.listItem &&
    !readsBadly(s.text) &&
    // A sentence leaning on the one before ("Others point out…", "This meant…") cannot state the point alone.
    !DEPENDENT_START.test(s.text) &&
    !LIST_STEP.test(s.text) &&
    !/\b(?:I|my|we|our)\b/.test(s.text) &&
    statesSomething(s)
  );
}

/**
 * A section's central sentence, the one a marking guide and a main-idea question name as its point: among
 * sentences that state something alone, the one most like the others of the section (summed cosine similarity
 * of idf-weighted lemmas), favoured where a topic sentence stands (the first
 * statement of the section, a paragraph's opening) and where it echoes the heading, and disfavoured when it is
 * made of particulars (dates, times, prices), one step of a list, or a person brought in as an example.
 * The tenth review found twelve guides naming such a detail as a part's point (the ferry's 38 passengers at 7:15,
 * the fare's £3.80, "Mia Lawson, 16", "Second, …").
 */
export function centralSentence(article: Article, section: Section): Sentence | undefined {
  const sentences = bodySentences(section);
  const v = vectors(article, sentences);
  const ok = sentences.map((s, i) => candidate(s, i === 0));
  const sums = sentences.map((_, i) =>
    v.reduce((sum, o, j) => (j === i ? sum : sum + similarity(v[i]!, o)), 0),
  );
  // The topic position: the section's first statement, after a short lead-in ("On one measure the result is clear.").
  const lead = sentences.findIndex((s, i) => ok[i] || s.text.split(/\s+/).length >= MIN_WORDS);
  const heading = new Set(
    section.heading
      .split(/[^A-Za-z]+/)
      .filter((w) => w.length > 2)
      .map(stem),
  );
  let best: Sentence | undefined;
  let bestScore = -Infinity;
  sentences.forEach((s, i) => {
    if (!ok[i]) return;
    const echoes = new Set(
      contentLemmas(s)
        .map(stem)
        .filter((w) => heading.has(w)),
    ).size;
    const particulars = s.entities.filter((e) => SETTING_FIGURES.has(e.type)).length;
    // Similarity sums are small in a short section of unlike sentences, so there the topic position decides.
    const score =
      sums[i]! +
      0.2 * echoes +
      (i === lead ? 0.3 : 0) +
      (s.opensParagraph ? 0.2 : 0) -
      0.1 * Math.min(5, particulars) -
      (PERSON_WITH_AGE.test(s.text) ? 0.4 : 0);
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  });
  return best;
}
