import type { Sentence } from "./analysis";
import { citeSentence, entitiesIn, givenAway, type Article, type Draft } from "./article";
import { keepsRangeOrder } from "./blanks";
import { isCircumstantial } from "./circumstance";
import { entityDistractors } from "./distractors";
import { statementFeedback } from "./feedback";
import { readsBadly, upperFirst } from "./text";

/** A statement about a sentence: a faithful restatement (true) or a meaning-changing edit (false). */
export type Statement = { text: string; correct: boolean; how: string; change?: string };

const OPENERS =
  /^(?:(?:However|In fact|Still|Meanwhile|Instead|Indeed|Also|Yet|Even so|Moreover|Furthermore|In addition|At the same time),|But|And|So)\s+/;

const APPOSITION_BEFORE_SAID =
  /^((?:[A-Z][\w'’.-]*)(?: [A-Z][\w'’.-]*){0,3}), (?:a|an|the|who|which)\b[^,"“”]{3,80}, (?=(?:said|says|reported|explained|noted|added|told|wrote)\b)/;

const CONNECTIVE =
  /^(?:In (?:conclusion|short|summary|sum|fact|addition|particular|general|other words|contrast|turn|the end|any case|practice)|For (?:example|instance)|At the same time|At first|At last|On the other hand|By contrast|After all|Above all|With this in mind)$/i;

const TITLE_BEFORE_NAME =
  /^(?:Councillor|Councilor|Mayor|Senator|Governor|President|Dr\.?|Professor|Judge|Captain|Chief|Minister|Superintendent|Commissioner|Sergeant|General|Colonel|Principal|Coach|Mr\.?|Mrs\.?|Ms\.?) [A-Z]/;

const finish = (t: string) => t.replace(/\s+([,.;:!?])/g, "$1");

/**
 * A false statement: one figure, date, person or place swapped for another of its kind named in the article. No
 * "not" is inserted and no actors or clauses are exchanged: the reviewer found those read oddly and give the key
 * away ("had not far-reaching implications"). The swapped-in name must not already be in the sentence ("Putin …
 * to engage with Putin"), and a determiner the figure carried ("the 1990s") must stay.
 */
export function falseStatements(article: Article, s: Sentence): Statement[] {
  const out: Statement[] = [];
  const all = entitiesIn(article, s);
  // A statement false only by its weekday, month or a study's year tests a circumstance, not the sentence's point.
  // Nor one false only by an ordinal: "before the first century" still holds of what happened before the
  // fifteenth, and "the fifteenth regular weekly publication" is false by its oddness alone.
  const entities = all.filter((e) => e.first > 0 && e.kind !== "ordinal" && !isCircumstantial(e, s, all));
  for (const e of entities) {
    // A figure or name the title or heading states is false from the headline alone once swapped.
    if (givenAway(article, s, e.text)) continue;
    const d = entityDistractors(article, e, s, 1)[0];
    if (!d) continue;
    // Names only as whole names of people or places ("Odile Fenwick", "Easton Falls"): a part of a name
    // ("Farmer" from "Farmer's Hope") swapped into another name reads as a made-up name.
    const isName = e.kind === "person" || e.kind === "organization" || e.kind === "place";
    if (isName && (e.text.split(" ").length < 2 || d.text.split(" ").length < 2)) continue;
    const lower = s.text.toLowerCase();
    if (lower.includes(d.text.toLowerCase())) continue;
    // One end of a range stays on its side: "one or twelve years" is false at sight.
    if (!keepsRangeOrder(s, e, d.text)) continue;
    if (/^the\s/i.test(e.text) !== /^the\s/i.test(d.text)) continue;
    // The same shape ("in 1826" takes a year, not "October 4, 1826").
    const shape = (x: string) => x.replace(/\d[\d,.]*/g, "9").replace(/[A-Za-z]+/g, "a");
    if (e.kind !== "person" && e.kind !== "organization" && shape(e.text) !== shape(d.text)) continue;
    const before = s.text.slice(0, e.start - s.start);
    if (/\bthe\s*$/i.test(before) && /^\d/.test(d.text) !== /^\d/.test(e.text)) continue;
    out.push({
      text: before + d.text + s.text.slice(e.end - s.start),
      correct: false,
      how: e.kind === "person" || e.kind === "organization" ? "actor" : "number",
      change: `${e.text}, not ${d.text}`,
    });
    break;
  }
  // "Instead, he aimed…" would read "according to the article, instead, he aimed…": the opener goes.
  return out
    .filter((st) => !readsBadly(st.text))
    .map((st) => ({ ...st, text: finish(upperFirst(st.text.replace(OPENERS, ""))) }));
}

/** A true statement in other words: an opening adverbial moved to the end, a word for its synonym, an opener dropped. */
export function trueStatement(s: Sentence, names: readonly string[] = []): Statement {
  let text = s.text;
  let how = "verbatim";
  const opener = OPENERS.exec(text);
  if (opener) {
    text = upperFirst(text.slice(opener[0].length));
    how = "opener";
  }
  // A leading phrase or clause moved to the end ("Within a decade, X grew." → "X grew within a decade."; "When
  // the ice melts, the lake fills." → "The lake fills when the ice melts.").
  const moved =
    /^((?:In|By|On|During|Since|After|Before|Within|For|At|Over|Under|Across|Along|Despite|Through|Throughout|From|With|Until|When|Although|Though|While|Once|Because|If|As soon as|Every|Each|Last|Two|Three) [^,]{3,50}), (.+?)([.!?])$/.exec(
      text,
    );
  // A connective ("In conclusion,", "For example,") says how the sentence follows the one before: moved to the end
  // it reads "…central tenets of his policy in conclusion."
  if (moved && !CONNECTIVE.test(moved[1]!) && !/;|, /.test(moved[2]!) && moved[2]!.split(" ").length >= 4) {
    const rest = moved[2]!;
    const firstToken = s.tokens.find((t) => t.start - s.start === s.text.indexOf(rest));
    const lowered =
      firstToken?.pos === "PROPN" || /^I\b/.test(rest) ? rest : rest.charAt(0).toLowerCase() + rest.slice(1);
    text = `${upperFirst(lowered)} ${moved[1]!.charAt(0).toLowerCase()}${moved[1]!.slice(1)}${moved[3]}`;
    how = "moved";
  }
  // Reported speech: "Engineers said the repairs would take two years." → "According to engineers, the repairs
  // would take two years."; "The line is full, the captain said." → "According to the captain, the line is full."
  if (how !== "moved") {
    // "Jordan Reyes, a junior at Eastfield High, said that…": the apposition goes, so the speaker can lead.
    const apposed = APPOSITION_BEFORE_SAID.test(text);
    text = text.replace(APPOSITION_BEFORE_SAID, "$1 ");
    const said =
      /^((?:[A-Z][\w'’.-]*)(?: [\w'’.-]+){0,4}) (?:said|says|reported|explained|noted|added|told reporters|wrote) (?:that )?([a-z].{15,}?)([.!?])$/.exec(
        text,
      );
    const after =
      /^([A-Z].{15,}?), (?:said|says|explained|noted|added|wrote) ((?:[A-Za-z][\w'’.-]*)(?: [\w'’.-]+){0,5})([.!?])$/.exec(
        text,
      );
    // "X said A and that B" would read "According to X, A and that B"; "reported in 2023 that A" would keep its
    // time phrase and "that": both left as they are.
    const keepsThat =
      said && /\band that\b|^(?:in|on|at|last|this|earlier|during|by)\b[^,]{0,30}?\bthat\b/.test(said[2]!);
    if (said && !keepsThat && !/["“”]/.test(text)) {
      const who = said[1]!;
      const firstWord = who.split(" ")[0]!;
      const named = names.some((n) => n.split(" ").includes(firstWord));
      // A speaker described by an apposition ("Jordan Reyes, a junior at…,") is named, not a role ("Nutritionist
      // Alan Brooks said…" reads "According to nutritionist Alan Brooks").
      const whoText =
        // "Councillor Peter Lowry": a title before a name keeps its capital ("According to councillor Peter…");
        // a job ("Nutritionist Alan Brooks") does not.
        named || apposed || /^[A-Z]{2}/.test(who) || TITLE_BEFORE_NAME.test(who)
          ? who
          : who.charAt(0).toLowerCase() + who.slice(1);
      // "Seacole later wrote that…": an adverb is no part of who says it ("According to Seacole later").
      const adverbEnd =
        /\b(?:later|also|once|then|still|often|again|earlier|recently|previously|first|too)$/i;
      // "Almost a third said…": a share of people already counted is no speaker ("According to almost a third").
      const share =
        /\b(?:third|half|quarter|fifth|percent|majority|minority|most|many|few|several|one in)\b|\d/i.test(
          who,
        );
      if (
        !/^(?:He|She|They|It|This|That|Others?|Some|Critics)\b/.test(who) &&
        !adverbEnd.test(who) &&
        !share
      ) {
        text = `According to ${whoText}, ${said[2]}${said[3]}`;
        how = "moved";
      }
    } else if (!said && after && !/["“”]/.test(text) && !/^(?:he|she|they|it)$/i.test(after[2]!)) {
      const body = after[1]!;
      const firstWord = body.split(/[\s,]/)[0]!;
      const named = names.some((n) => n.split(" ").includes(firstWord));
      const lowered =
        named || /^(?:I\b|[A-Z]{2})/.test(body) ? body : body.charAt(0).toLowerCase() + body.slice(1);
      text = `According to ${after[2]}, ${lowered}${after[3]}`;
      how = "moved";
    }
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
      prompt: /^According to /.test(statement.text)
        ? `True or false: ${statement.text}`
        : `True or false: according to the article, ${lowerStart(statement.text, names)}`,
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
