import type { Sentence } from "./analysis";
import { citeSentence, entitiesIn, type Article, type Draft } from "./article";
import { frequencyRank } from "./frequency";
import { contentLemmas, readsBadly, windowAround } from "./text";
import type { Statement } from "./true-false";

/**
 * Part B's other sentences: sentences of the same section near the topic (sharing the most content words with the
 * source) that do not hold what the statement tests.
 */
export function nearSentences(article: Article, s: Sentence, count: number): Sentence[] {
  const section = article.sections.find((x) => s.start >= x.start && s.end <= x.end);
  const pool = (section?.sentences ?? article.sentences).filter(
    (o) => o.index !== s.index && !readsBadly(o.text) && o.text.split(" ").length >= 6 && !/\?$/.test(o.text),
  );
  const mine = new Set(contentLemmas(s));
  const score = (o: Sentence) => contentLemmas(o).filter((w) => mine.has(w)).length;
  return pool
    .map((o) => ({ o, shared: score(o) }))
    .sort((a, b) => b.shared - a.shared || Math.abs(a.o.index - s.index) - Math.abs(b.o.index - s.index))
    .slice(0, count)
    .map((x) => x.o)
    .sort((a, b) => a.index - b.index);
}

/**
 * What the evidence sentence holds that another option lacks: its names and figures first (the changed one first
 * when the statement is false), then its rarest content words. The first two the option does not mention.
 */
function missingFrom(article: Article, s: Sentence, other: Sentence, changed?: string): string[] {
  const names = entitiesIn(article, s)
    .filter((e) => e.first > 0)
    .map((e) => e.text);
  const lemmas = new Set(contentLemmas(other));
  const words = s.tokens
    .filter(
      (t) => ["NOUN", "VERB", "ADJ"].includes(t.pos) && /^[a-z]{4,}$/.test(t.text) && !lemmas.has(t.lemma),
    )
    .sort((a, b) => frequencyRank(b.lemma) - frequencyRank(a.lemma))
    .map((t) => t.text);
  const lower = other.text.toLowerCase();
  const terms = [
    ...(changed ? [changed] : []),
    ...names.filter((n) => !lower.includes(n.toLowerCase())),
    ...words,
  ];
  return [...new Set(terms)].filter((t) => !lower.includes(t.toLowerCase())).slice(0, 2);
}

/** Why each other sentence of Part B is not the evidence: what it leaves out that the statement is about. */
export function notEvidence(
  article: Article,
  s: Sentence,
  others: readonly Sentence[],
  changed?: string,
): string {
  return others
    .map((o) => {
      const quoted = `"${windowAround(o, o.start, o.start, 6)}"`;
      const missing = missingFrom(article, s, o, changed);
      return missing.length > 0
        ? `${quoted} does not mention ${missing.map((m) => `"${m}"`).join(" or ")}`
        : `${quoted} is about another point`;
    })
    .join("; ");
}

/**
 * A two-part item: Part A asks whether a statement about the sentence is accurate (a faithful restatement or a
 * meaning-changing edit, as for true/false, with two options of equal length so neither is the longest); Part B
 * asks for the sentence that shows it, among sentences of the section on the same topic.
 */
export function evidenceDraft(article: Article, s: Sentence, statement: Statement): Draft | undefined {
  const near = nearSentences(article, s, 3);
  if (near.length < 2) return undefined;
  const options = [...near, s].sort((a, b) => a.index - b.index);
  const why = statement.correct
    ? "it says the same thing"
    : `the statement changes it${statement.change ? ` (${statement.change})` : ""}`;
  return {
    sentences: [s.index],
    question: {
      type: "evidence",
      skill: "detail",
      points: 2,
      prompt: `Part A: According to the article, is this statement accurate or mistaken? "${statement.text}" Part B: Which sentence from the passage supports your answer?`,
      explanation: `The article says "${s.text}": ${why}. The other sentences are on the same topic but do not settle it: ${notEvidence(article, s, near, changedTerm(statement))}.`,
      citation: citeSentence(s),
      choices: [
        {
          text: "Accurate",
          correct: statement.correct,
          ...(statement.correct
            ? {}
            : {
                feedback: `The article says "${s.text}"${statement.change ? `: ${statement.change}` : ""}.`,
              }),
        },
        {
          text: "Mistaken",
          correct: !statement.correct,
          ...(statement.correct ? { feedback: `The article says this: "${s.text}".` } : {}),
        },
      ],
      acceptedAnswers: [],
      evidenceOptions: options.map((o) => ({ text: o.text, start: o.start, end: o.end })),
    },
  };
}

/** The article's words a false statement changed ("1866" of "1866, not 1868"). */
const changedTerm = (statement: Statement) => statement.change?.split(", not ")[0];
