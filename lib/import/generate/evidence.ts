import type { Sentence } from "./analysis";
import { citeSentence, entitiesIn, type Article, type Draft } from "./article";
import { frequencyRank } from "./frequency";
import { contentWords, sharedCount } from "../../content/audit/words";
import { contentLemmas, readsBadly, upperFirst, windowAround } from "./text";
import type { Statement } from "./true-false";

/** The audit's words of a text (lib/content/audit/words.ts): what a student matching words would compare. */
const auditWords = (text: string) => contentWords(text);

/**
 * Part A's statement cut to the clause that holds what it tests: an apposition after the subject ("The boat, a
 * 40-year-old vessel named the Heron, left…") and the clauses around the tested one (", and …", ", which …",
 * "; …") go, so Part A does not repeat the whole key sentence. A later clause is kept only when it opens with its
 * own subject (a name or "the …"), never a pronoun whose referent was cut. Undefined when nothing stands alone.
 */
export function focusClause(text: string, mustHold?: string): string | undefined {
  const body = text.replace(/[.!?]$/, "");
  const stripped = body.replace(
    /^((?:[A-Z][\w'’-]*)(?: [\w'’-]+){0,3}), (?:a|an|the|who|which)\b[^,]{3,80}, /,
    "$1 ",
  );
  const pieces = stripped.split(
    /, (?=(?:and|but|while|which|who|where|when|because|although|though|so|after|before|with|according to|making|leaving)\b)|; | — /,
  );
  const usable = pieces.filter(
    (p, i) =>
      p.split(" ").length >= 5 &&
      (i === 0 || /^(?:(?:and|but|while|so) )?(?:The|A|An|[A-Z][a-z]+ [A-Z])/.test(p)),
  );
  const pick = mustHold ? usable.find((p) => p.includes(mustHold)) : usable[0];
  if (!pick) return undefined;
  const clause = upperFirst(pick.replace(/^(?:and|but|while|so) /, ""));
  return /[.!?]$/.test(clause) ? clause : `${clause}.`;
}

/**
 * Part B's other sentences: sentences of the section, then of the article, that share the most of Part A's words
 * (the audit's content words), so that matching words does not single out the key. None holds the tested figure
 * or name (it could support Part A as well).
 */
export function nearSentences(
  article: Article,
  s: Sentence,
  count: number,
  partA = s.text,
  tested: readonly string[] = [],
): Sentence[] {
  const section = article.sections.find((x) => s.start >= x.start && s.end <= x.end);
  const fits = (o: Sentence) =>
    o.index !== s.index &&
    !readsBadly(o.text) &&
    o.text.split(" ").length >= 6 &&
    !/\?$/.test(o.text) &&
    !tested.some((t) => o.text.toLowerCase().includes(t.toLowerCase()));
  const mine = auditWords(partA);
  const score = (o: Sentence) => sharedCount(mine, auditWords(o.text));
  // A sentence holding every word of Part A that the key holds may say the same thing: a second answer.
  const keyHeld = [...mine].filter((w) => auditWords(s.text).has(w));
  const saysLess = (o: Sentence) => {
    const theirs = auditWords(o.text);
    return keyHeld.some((w) => !theirs.has(w));
  };
  const ranked = (pool: Sentence[]) =>
    pool
      .filter((o) => fits(o) && saysLess(o))
      .map((o) => ({ o, shared: score(o) }))
      .sort((a, b) => b.shared - a.shared || Math.abs(a.o.index - s.index) - Math.abs(b.o.index - s.index));
  const inSection = ranked(section?.sentences ?? article.sentences);
  // The section's sentences first; the article's others only where they share more of Part A's words.
  const elsewhere = ranked(article.sentences.filter((o) => !section?.sentences.includes(o)));
  const best = inSection.slice(0, count);
  for (const e of elsewhere) {
    const weakest = best.reduce((w, x, i) => (x.shared < best[w]!.shared ? i : w), 0);
    if (best.length < count) best.push(e);
    else if (e.shared > best[weakest]!.shared) best[weakest] = e;
  }
  return best.map((x) => x.o).sort((a, b) => a.index - b.index);
}

/**
 * Whether Part B gives its key away to a student who matches words: the key sentence shares more of Part A's
 * words (prompt and key choice, as the audit reads them) than every other sentence offered.
 */
export function partBCued(partA: string, key: Sentence, others: readonly Sentence[]): boolean {
  const mine = auditWords(partA);
  const keyShared = sharedCount(mine, auditWords(key.text));
  return others.every((o) => sharedCount(mine, auditWords(o.text)) < keyShared);
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
export function evidenceDraft(article: Article, s: Sentence, full: Statement): Draft | undefined {
  const swappedIn = full.change?.split(", not ")[1];
  const short = focusClause(full.text, swappedIn);
  if (!short) return undefined;
  const statement = { ...full, text: short };
  const prompt = `Part A: According to the article, is this statement accurate or mistaken? "${statement.text}" Part B: Which sentence from the passage supports your answer?`;
  const partA = `${prompt} ${statement.correct ? "Accurate" : "Mistaken"}`;
  const tested = changedTerm(statement);
  const near = nearSentences(article, s, 3, partA, tested ? [tested] : []);
  if (near.length < 2 || partBCued(partA, s, near)) return undefined;
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
      prompt,
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
