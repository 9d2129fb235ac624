import { articleSentences, type Sentence } from "./analysis";
import { citeSentence, entitiesIn, givenAway, type Article, type Draft } from "./article";
import { keepsRangeOrder } from "./blanks";
import { isCircumstantial } from "./circumstance";
import { entityDistractors } from "./distractors";
import { statementFeedback } from "./feedback";
import type { Entity } from "./entities";
import { readsBadly, upperFirst } from "./text";
import { sensesOf } from "../../language/wordnet";
import {
  isClaimFigure,
  isEditableFigure,
  plausibleFigure,
  reversedComparison,
  reversedDirection,
  swappedCause,
  writtenAsPerson,
} from "./true-false-edits";
import { genderOf, namedPronouns } from "./true-false-pronouns";

/** A statement about a sentence: a faithful restatement (true) or a meaning-changing edit (false). */
export type Statement = { text: string; correct: boolean; how: string; change?: string };

const OPENERS =
  /^(?:(?:However|In fact|Of course|Still|Meanwhile|Instead|Indeed|Also|Yet|Even so|Moreover|Furthermore|In addition|At the same time),|But|And|So)\s+/;

const APPOSITION_BEFORE_SAID =
  /^((?:[A-Z][\w'’.-]*)(?: [A-Z][\w'’.-]*){0,3}), (?:a|an|the|who|which)\b[^,"“”]{3,80}, (?=(?:said|says|reported|explained|noted|added|told|wrote)\b)/;

const CONNECTIVE =
  /^(?:In (?:conclusion|short|summary|sum|fact|addition|particular|general|other words|contrast|turn|the end|any case|practice)|For (?:example|instance)|At the same time|At first|At last|On the other hand|By contrast|After all|Above all|With this in mind)$/i;

const TITLE_BEFORE_NAME =
  /^(?:Councillor|Councilor|Mayor|Senator|Governor|President|Dr\.?|Professor|Judge|Captain|Chief|Minister|Superintendent|Commissioner|Sergeant|General|Colonel|Principal|Coach|Mr\.?|Mrs\.?|Ms\.?) [A-Z]/;

/** A reporting verb and "that" after its subject: a fronted phrase of where or when may stand between them. */
const REPORTING =
  /^([^,]{1,60}? (?:argues|argued|writes|wrote|says|said|claims|claimed|found|finds|reports|reported|concludes|concluded|notes|noted|suggests|suggested|believes|believed|warns|warned)) that /;

/** A closing clause of reason or time, with a verb of its own, after a main clause of at least four words. */
const CLOSING_CLAUSE =
  /^([A-Z][^,;]{20,}?),? (because|although|though|while|after|before|once|until|since) ([^,;]{10,})([.!?])$/;

const PRONOUN = /\b(?:he|she|it|they|him|her|them|his|its|their)\b/i;

/** A subject, an aside in commas (a relative clause or an apposition) and the rest, from its verb. */
const ASIDE_AFTER_SUBJECT = /^([A-Z][^,]{1,40}), (who|which|a|an|the)\b[^,"“”]{3,100}, ([a-z].{15,})$/;

/** A verb or auxiliary: no speaker's name holds one ("The other two have not said…"). */
const VERB_WORD =
  /\b(?:not|n't|have|has|had|will|would|can|could|should|may|might|must|is|are|was|were|do|does|did|been)\b/i;

/**
 * Whether the sentence's words from `from` (to `to`) hold a clause of their own that a phrase moved to their end
 * could attach to: a relative ("which", "who"), an infinitive ("to act") or a participle after a noun ("a
 * petition asking").
 */
function innerClause(s: Sentence, from: number, to = Infinity): boolean {
  const tokens = s.tokens.filter((t) => t.start - s.start >= from && t.start - s.start < to);
  // A relative clause in the subject ("Tardigrades that live on land must cope…") comes before the main verb,
  // far from the end where the phrase goes.
  const verb = tokens.findIndex((t) => t.pos === "VERB" || t.pos === "AUX");
  return tokens.some(
    (t, i) =>
      (i > verb && /^(?:who|which|whom|whose|that)$/i.test(t.text)) ||
      (t.text.toLowerCase() === "than" && tokens.slice(i + 1, i + 5).some((x) => x.pos === "AUX")) ||
      (t.text.toLowerCase() === "to" && tokens[i + 1]?.pos === "VERB") ||
      (t.pos === "VERB" && /ing$/.test(t.text) && tokens[i - 1]?.pos === "NOUN"),
  );
}

/**
 * Whether `text` starts with a name, so keeps its capital after "according to the article,": a word the article
 * writes capitalised inside a sentence ("Harlow Park", "Marta Okonkwo-Lind"), a title it writes so ("The Salt
 * Road"), an acronym or "I".
 */
export function startsWithName(s: Sentence, text: string, names: readonly string[] = []): boolean {
  const [first, second] = text.split(/[\s,]/) as [string, string | undefined];
  const word = first.replace(/['’]s$/, "");
  if (/^(?:[A-Z]{2}|I$)/.test(word)) return true;
  if (!/^[A-Z]/.test(word)) return false;
  const all = articleSentences(s) ?? [s];
  // (After a word: a capital after a quotation mark or a colon starts a sentence of its own.)
  const inside = (w: string) =>
    all.some((x) => x.tokens.some((t, i) => i > 0 && t.text === w && /^[\w,]/.test(x.tokens[i - 1]!.text)));
  if (word === "The" || word === "A") {
    const title = `${word} ${second ?? ""}`;
    return !!second && /^[A-Z]/.test(second) && all.some((x) => x.text.indexOf(title) > 0);
  }
  // A name's own word, unless it is a job before the name ("Hydrologist Sunniva Dahl"): a word WordNet knows
  // counts only when the article writes it capitalised inside a sentence.
  const named = names.some((n) => n.split(" ").includes(word));
  return inside(word) || (named && sensesOf(word.toLowerCase(), "noun").length === 0);
}

const finish = (t: string) => t.replace(/\s+([,.;:!?])/g, "$1");

/**
 * A false statement: a meaning edit the passage rules out, the best one the sentence allows. First its outcome or
 * direction turned ("rose" → "fell", "support" → "oppose") or its comparison reversed ("more … than" → "fewer …
 * than"); else its actor swapped for another of the article's people or organisations (a speaker included:
 * who said what); else a place; else, only where it is the value of the claim (see isClaimFigure), its figure.
 * The sixth review found edits of an incidental number or date ("in all five mills", the release date) trivial.
 * No "not" is inserted: it reads oddly and gives the key away. The swapped-in name must not already be in the
 * sentence ("Putin … to engage with Putin"), and a determiner the figure carried ("the 1990s") must stay.
 */
export function falseStatements(article: Article, s: Sentence): Statement[] {
  const out: Statement[] = [];
  const all = entitiesIn(article, s);
  const isActor = (e: Entity) => e.kind === "person" || e.kind === "organization";
  // A figure false only by its weekday, month or a study's year tests a circumstance, not the sentence's point.
  // Nor one false only by an ordinal: "before the first century" still holds of what happened before the
  // fifteenth. A speaker opening the sentence may be swapped (who said what); another first word may not.
  const entities = all.filter(
    (e) => (e.first > 0 || isActor(e)) && e.kind !== "ordinal" && !isCircumstantial(e, s, all),
  );
  const turned =
    reversedDirection(article, s) ??
    reversedComparison(article, s) ??
    swappedCause(s, (t) => startsWithName(s, t));
  if (turned) out.push({ ...turned, correct: false });
  if (out.length === 0) {
    const swapped = surnameSwap(article, s);
    if (swapped) out.push(swapped);
  }
  // Actors, then places, then the figure the sentence claims; another amount or count only when nothing else
  // can be turned (a draft the teacher reworks keeps the section covered), never a year, date or time.
  const rank = (e: Entity) =>
    isActor(e) ? 0 : e.kind === "place" || e.kind === "name" ? 1 : isClaimFigure(s, e) ? 2 : 3;
  for (const e of [...entities].sort((a, b) => rank(a) - rank(b))) {
    if (out.length > 0) break;
    // A figure or name the title or heading states is false from the headline alone once swapped.
    if (givenAway(article, s, e.text)) continue;
    if (rank(e) === 3 && !isEditableFigure(s, e)) continue;
    // The first candidate that fits: the nearest may be of another pronoun or shape while the next fits.
    for (const d of entityDistractors(article, e, s, 3)) {
      const st = swapped(article, s, e, d.text);
      if (st) {
        out.push(st);
        break;
      }
    }
  }
  // "Instead, he aimed…" would read "according to the article, instead, he aimed…": the opener goes; a pronoun
  // left opening it is named, since a statement is read alone.
  return out
    .filter((st) => !readsBadly(st.text))
    .flatMap((st) => {
      const named = namedPronouns(s, upperFirst(st.text.replace(OPENERS, "")));
      return named === undefined ? [] : [{ ...st, text: finish(upperFirst(named)) }];
    });
}

/** Entity `e` of `s` replaced by `d`, or undefined when the swap would read as made up or be false at sight. */
function swapped(article: Article, s: Sentence, e: Entity, d: string): Statement | undefined {
  const isActor = e.kind === "person" || e.kind === "organization";
  const isFigure = !isActor && e.kind !== "place" && e.kind !== "name";
  // Names only as whole names of people or places ("Odile Fenwick", "Easton Falls"): a part of a name
  // ("Farmer" from "Farmer's Hope") swapped into another name reads as a made-up name.
  const isName = isActor || e.kind === "place";
  if (isName && (e.text.split(" ").length < 2 || d.split(" ").length < 2)) return undefined;
  // A person for a person: a team named like one ("Kestrel Vale") is no goalkeeper; nor a woman for a man where
  // a pronoun tells ("In her 1994 book, the historian David Okonjo").
  if (
    e.kind === "person" &&
    (!writtenAsPerson(article, e.text) || !writtenAsPerson(article, d) || differentGender(article, e, d))
  )
    return undefined;
  if (isFigure && !plausibleFigure(e.text, d)) return undefined;
  if (s.text.toLowerCase().includes(d.toLowerCase())) return undefined;
  // One end of a range stays on its side: "one or twelve years" is false at sight.
  if (!keepsRangeOrder(s, e, d)) return undefined;
  if (/^the\s/i.test(e.text) !== /^the\s/i.test(d)) return undefined;
  // The same shape ("in 1826" takes a year, not "October 4, 1826").
  const shape = (x: string) => x.replace(/\d[\d,.]*/g, "9").replace(/[A-Za-z]+/g, "a");
  if (!isActor && shape(e.text) !== shape(d)) return undefined;
  const before = s.text.slice(0, e.start - s.start);
  if (/\bthe\s*$/i.test(before) && /^\d/.test(d) !== /^\d/.test(e.text)) return undefined;
  return {
    text: before + d + s.text.slice(e.end - s.start),
    correct: false,
    how: isActor ? "actor" : "number",
    change: `${e.text}, not ${d}`,
  };
}

/**
 * A person named by surname alone ("Brandt said the county would review…") swapped for another person the
 * article names so, the one named nearest this sentence whose pronoun does not differ: who said or did what.
 */
export function surnameSwap(article: Article, s: Sentence): Statement | undefined {
  const people = article.entities.filter((e) => e.kind === "person" && e.text.includes(" "));
  const surname = (e: Entity) => e.text.split(" ").at(-1)!;
  for (const t of s.tokens) {
    const own = people.find((p) => surname(p) === t.text);
    if (!own || s.text.includes(own.text) || !writtenAsPerson(article, own.text)) continue;
    const others = people
      .filter(
        (p) => surname(p) !== t.text && !s.text.includes(surname(p)) && writtenAsPerson(article, p.text),
      )
      .filter((p) => !differentGender(article, own, p.text))
      .sort((a, b) => Math.abs(a.sentence - s.index) - Math.abs(b.sentence - s.index));
    const other = others[0];
    if (!other || givenAway(article, s, t.text)) continue;
    return {
      text: s.text.slice(0, t.start - s.start) + surname(other) + s.text.slice(t.end - s.start),
      correct: false,
      how: "actor",
      change: `${t.text}, not ${surname(other)}`,
    };
  }
  return undefined;
}

/** Whether the article's pronouns make the two people a man and a woman. */
function differentGender(article: Article, a: Entity, b: string): boolean {
  const other = article.entities.find((e) => e.kind === "person" && e.text === b);
  const ga = genderOf(a, article.sentences);
  const gb = other && genderOf(other, article.sentences);
  return ga !== undefined && gb !== undefined && ga !== gb;
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
  // A statement is read alone: "He said the county expects…" names him, or is no restatement at all.
  const named = namedPronouns(s, text);
  if (named === undefined) return { text: finish(text), correct: true, how: "verbatim" };
  text = named;
  const isName = (t: string) => startsWithName(s, t, names);
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
    const lowered = isName(rest) ? rest : rest.charAt(0).toLowerCase() + rest.slice(1);
    const phrase = `${moved[1]!.charAt(0).toLowerCase()}${moved[1]!.slice(1)}`;
    // At the end the phrase would attach to a clause inside the rest ("a petition asking the commissioners to
    // act within a month" for "Within a month, … had signed a petition asking…": the sixth review's broken item):
    // it goes after a reporting verb ("Ellery argues in her 1994 book that…"), or the sentence is not moved.
    const reported = REPORTING.exec(lowered);
    const restAt = s.text.toLowerCase().indexOf(`${moved[1]!.toLowerCase()}, `) + moved[1]!.length + 2;
    // A pronoun in the phrase would point ahead to the wrong noun once it follows the rest ("…a plan for the fire
    // station site in the spring if it is rejected"); after the speaker it points back to them.
    const pointsAhead = PRONOUN.test(moved[1]!);
    // A concession or reason ("Despite these criticisms", "Although…") bears on the whole sentence wherever it
    // stands; a time, place or measure ("Within a month") on the nearest verb.
    const wholeSentence = /^(?:Despite|Although|Though|Because|Throughout)\b/.test(moved[1]!);
    if (!pointsAhead && (wholeSentence || !innerClause(s, restAt))) {
      text = `${upperFirst(lowered)} ${phrase}${moved[3]}`;
      how = "moved";
    } else if (reported) {
      text = `${upperFirst(reported[1]!)} ${phrase} that ${lowered.slice(reported[0].length)}${moved[3]}`;
      how = "moved";
    }
  }
  // A closing clause of reason or time put first ("The gauge missed it because the storm passed north." →
  // "Because the storm passed north, the gauge missed it."), when the rest is one clause it can only belong to.
  const closing = CLOSING_CLAUSE.exec(text);
  if (how !== "moved" && closing && !/["“”;]/.test(text)) {
    const [, main, conj, clause, end] = closing;
    const mainEnd = s.text.indexOf(main!.slice(-12)) + 12;
    const clauseTokens = s.tokens.filter((t) => t.start - s.start >= mainEnd);
    const mainTokens = s.tokens.filter((t) => t.start - s.start < mainEnd);
    const oneClause = mainTokens.filter((t) => t.pos === "VERB").length === 1 && !innerClause(s, 0, mainEnd);
    if (
      mainEnd >= 12 &&
      oneClause &&
      clauseTokens.some((t) => t.pos === "VERB" || t.pos === "AUX") &&
      !/\b(?:he|she|they|it|his|her|their|its)\b/i.test(clause!)
    ) {
      const lowered = isName(main!) ? main! : main!.charAt(0).toLowerCase() + main!.slice(1);
      text = `${upperFirst(conj!)} ${clause}, ${lowered}${end}`;
      how = "moved";
    }
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
    // "The other two have not said how they will vote" has no speaker before "said", and no statement after it.
    const noSpeech =
      said &&
      (VERB_WORD.test(said[1]!) || /^(?:how|what|why|whether|if|when|where|who|which)\b/.test(said[2]!));
    if (said && !keepsThat && !noSpeech && !/["“”]/.test(text)) {
      const who = said[1]!;
      const named = isName(who);
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
        !/^(?:He|She|They|It|You|We|I|This|That|Others?|Some|Critics)\b/.test(who) &&
        !adverbEnd.test(who) &&
        !share
      ) {
        text = `According to ${whoText.replace(/^The /, "the ")}, ${said[2]}${said[3]}`;
        how = "moved";
      }
    } else if (!said && after && !/["“”]/.test(text) && !/^(?:he|she|they|it)$/i.test(after[2]!)) {
      const body = after[1]!;
      const lowered = isName(body) ? body : body.charAt(0).toLowerCase() + body.slice(1);
      text = `According to ${after[2]}, ${lowered}${after[3]}`;
      how = "moved";
    }
  }
  // An aside between the subject and its verb left out ("Lima, who was thirteen when filming began, gives…" →
  // "Lima gives…"; "Kestrel Vale, the northern leaders, arrived…"): what the sentence says of its subject stands
  // without it, and a statement restated so is not told by its wording.
  if (how !== "moved") {
    const aside = ASIDE_AFTER_SUBJECT.exec(text);
    const at = aside ? s.text.indexOf(aside[3]!) : -1;
    const verb = s.tokens.find((t) => t.start - s.start === at);
    const subject = s.tokens.find((t) => t.start === s.start);
    const phrase = aside
      ? s.tokens.filter((t) => t.start - s.start > aside[1]!.length && t.start - s.start < at)
      : [];
    const apposition = aside && !/^(?:who|which)$/i.test(aside[2]!);
    if (
      aside &&
      verb &&
      (verb.pos === "VERB" || verb.pos === "AUX") &&
      subject &&
      subject.pos !== "ADP" &&
      subject.pos !== "SCONJ" &&
      subject.pos !== "ADV" &&
      !(apposition && phrase.some((t) => t.pos === "VERB")) &&
      !/["“”]/.test(text)
    ) {
      text = `${aside[1]} ${aside[3]}`;
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
        : `True or false: according to the article, ${
            startsWithName(s, statement.text, names)
              ? statement.text
              : statement.text.charAt(0).toLowerCase() + statement.text.slice(1)
          }`,
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
