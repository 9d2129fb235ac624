import type { Sentence } from "./analysis";
import { citeSentence, entitiesIn, type Article, type Draft } from "./article";
import { entityDistractors } from "./distractors";
import { statementFeedback } from "./feedback";
import { readsBadly, upperFirst } from "./text";

/** A statement about a sentence: a faithful restatement (true) or a meaning-changing edit (false). */
export type Statement = { text: string; correct: boolean; how: string; change?: string };

const CLAUSE_OPENERS = new Set([
  "where",
  "when",
  "which",
  "that",
  "who",
  "once",
  "because",
  "if",
  "as",
  "while",
  "until",
]);
const AUX_LEMMAS = new Set([
  "be",
  "have",
  "will",
  "can",
  "would",
  "should",
  "could",
  "must",
  "may",
  "might",
  "do",
]);
const NEGATIONS = /\b(?:not|no|never|n't|nothing|none|nobody|neither|nor|without)\b|n't\b/i;
const OPENERS =
  /^(?:(?:However|In fact|Still|Meanwhile|Instead|Indeed|Also|Yet|Even so|Moreover|Furthermore|In addition|At the same time),|But|And|So)\s+/;

const finish = (t: string) => t.replace(/\s+([,.;:!?])/g, "$1");

/** A false statement: a figure or name swapped for another of its kind, actors swapped, a negation added or taken away, or cause and effect exchanged. */
export function falseStatements(article: Article, s: Sentence): Statement[] {
  const out: Statement[] = [];
  const entities = entitiesIn(article, s).filter((e) => e.first > 0);
  const names = entities.filter((e) => e.kind === "person" || e.kind === "organization");
  if (
    names.length >= 2 &&
    names[0]!.text !== names[1]!.text &&
    !names[0]!.text.includes(names[1]!.text) &&
    !names[1]!.text.includes(names[0]!.text)
  ) {
    const [a, b] = names as [(typeof names)[0], (typeof names)[0]];
    const text =
      s.text.slice(0, a.start - s.start) +
      b.text +
      s.text.slice(a.end - s.start, b.start - s.start) +
      a.text +
      s.text.slice(b.end - s.start);
    out.push({
      text,
      correct: false,
      how: "actors",
      change: `${a.text} and ${b.text} are the other way round`,
    });
  }
  for (const e of entities) {
    const d = entityDistractors(article, e, s, 1)[0];
    if (!d) continue;
    out.push({
      text: s.text.slice(0, e.start - s.start) + d.text + s.text.slice(e.end - s.start),
      correct: false,
      how: e.kind === "person" || e.kind === "organization" ? "actor" : "number",
      change: `${e.text}, not ${d.text}`,
    });
    break;
  }
  const negated = negate(s);
  if (negated) out.push({ text: negated.text, correct: false, how: "negation", change: negated.change });
  const reversed = causeForEffect(s);
  if (reversed)
    out.push({
      text: reversed,
      correct: false,
      how: "cause",
      change: "the cause and the effect are the other way round",
    });
  return out.filter((st) => !readsBadly(st.text)).map((st) => ({ ...st, text: finish(st.text) }));
}

/** "The plan is costly" → "The plan is not costly"; "The plan is not costly" → "The plan is costly". */
function negate(s: Sentence): { text: string; change: string } | undefined {
  const t = s.tokens;
  const negations = t.filter((x) => NEGATIONS.test(x.text)).length;
  for (let i = 1; i < t.length - 1; i++) {
    const tok = t[i]!;
    // Only the main clause's verb: a negation inside "where…", "once…" or after a colon changes too little.
    if (tok.pos === "SCONJ" || CLAUSE_OPENERS.has(tok.lemma) || [":", ";"].includes(tok.text))
      return undefined;
    if (tok.pos !== "AUX" || !AUX_LEMMAS.has(tok.lemma)) continue;
    const next = t[i + 1]!;
    if (negations === 1 && (next.lemma === "not" || next.text === "n't") && t[i + 2]) {
      // "is not" → "is": only for auxiliaries whose sentence still reads without the negation.
      if (tok.lemma === "do") return undefined;
      const text = s.text.slice(0, tok.end - s.start) + s.text.slice(next.end - s.start);
      return { text, change: `the article says "${tok.text} ${next.text === "n't" ? "n't" : "not"}"` };
    }
    if (
      negations === 0 &&
      tok.lemma !== "do" &&
      ["VERB", "ADJ", "ADV", "DET", "NOUN", "AUX", "ADP", "NUM"].includes(next.pos)
    ) {
      if (/'/.test(tok.text)) return undefined;
      const text =
        tok.text.toLowerCase() === "can"
          ? `${s.text.slice(0, tok.end - s.start)}not${s.text.slice(tok.end - s.start)}`
          : `${s.text.slice(0, tok.end - s.start)} not${s.text.slice(tok.end - s.start)}`;
      return { text, change: `the article says "${tok.text}", not "${tok.text} not"` };
    }
    return undefined;
  }
  return undefined;
}

/** "The ferry stopped because fuel ran out." → "Fuel ran out because the ferry stopped." (plain clauses only). */
function causeForEffect(s: Sentence): string | undefined {
  const m = /^([^,;]+?) because ([^,;]+?)([.!?])$/.exec(s.text);
  if (!m) return undefined;
  const [, effect, cause, stop] = m as unknown as [string, string, string, string];
  if (effect.split(" ").length < 4 || cause.split(" ").length < 4) return undefined;
  const causeStart = s.tokens.find((t) => t.start - s.start === effect.length + " because ".length);
  if (!causeStart || !["DET", "NOUN", "PROPN", "ADJ", "NUM"].includes(causeStart.pos)) return undefined;
  const effectFirst = s.tokens[0]!;
  if (!["DET", "NOUN", "PROPN", "ADJ"].includes(effectFirst.pos)) return undefined;
  const lowerEffect = effectFirst.pos === "PROPN" ? effect : effect.charAt(0).toLowerCase() + effect.slice(1);
  return `${upperFirst(cause)} because ${lowerEffect}${stop}`;
}

/** A true statement in other words: an opening adverbial moved to the end, a word for its synonym, an opener dropped. */
export function trueStatement(s: Sentence): Statement {
  let text = s.text;
  let how = "verbatim";
  const opener = OPENERS.exec(text);
  if (opener) {
    text = upperFirst(text.slice(opener[0].length));
    how = "opener";
  }
  const moved = /^((?:In|By|On|During|Since|After|Before) [^,]{3,40}), (.+?)([.!?])$/.exec(text);
  if (moved && !/[,;]/.test(moved[2]!) && moved[2]!.split(" ").length >= 4) {
    const rest = moved[2]!;
    const firstToken = s.tokens.find((t) => t.start - s.start === s.text.indexOf(rest));
    const lowered =
      firstToken?.pos === "PROPN" || /^I\b/.test(rest) ? rest : rest.charAt(0).toLowerCase() + rest.slice(1);
    text = `${upperFirst(lowered)} ${moved[1]!.charAt(0).toLowerCase()}${moved[1]!.slice(1)}${moved[3]}`;
    how = "moved";
  }
  // WordNet synonyms were tried here and read badly too often ("its long knife" for "its long tongue", "soot
  // dense it"): a true statement keeps the article's words.
  return { text: finish(text), correct: true, how };
}

const tfChoices = (correct: boolean, source: string, change?: string) => [
  { text: "True", correct, feedback: correct ? undefined : statementFeedback(false, source, change) },
  { text: "False", correct: !correct, feedback: correct ? statementFeedback(true, source) : undefined },
];

export function trueFalseDraft(s: Sentence, statement: Statement, names: readonly string[]): Draft {
  const explanation = statement.correct
    ? `True: the article says "${s.text}"`
    : `False: the article says "${s.text}"${statement.change ? ` (${statement.change})` : ""}.`;
  return {
    sentences: [s.index],
    question: {
      type: "true_false",
      skill: "detail",
      points: 1,
      prompt: `True or false: according to the article, ${lowerStart(statement.text, names)}`,
      explanation,
      citation: citeSentence(s),
      choices: tfChoices(statement.correct, s.text, statement.change).map((c) =>
        c.feedback ? c : { text: c.text, correct: c.correct },
      ),
      acceptedAnswers: [],
      evidenceOptions: [],
    },
  };
}

/** The statement's first letter lower-cased after "according to the article," unless it starts a name. */
function lowerStart(text: string, names: readonly string[]): string {
  const first = text.split(/[\s,]/)[0]!;
  if (
    names.some((n) => text.startsWith(n) || n.split(" ").includes(first)) ||
    /^(?:[A-Z]{2,}|I\b)/.test(text)
  )
    return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}
