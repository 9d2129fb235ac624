import type { Sentence } from "./analysis";
import { upperFirst } from "./text";
import { standingAlone } from "./true-false-alone";
import { finish, OPENERS, startsWithName } from "./true-false-names";
import { namedPronouns } from "./true-false-pronouns";
import type { Statement } from "./true-false";

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
 * Whether a fronted phrase of place, time or manner runs into the main clause: a noun followed at once by the
 * next noun phrase's determiner, then a verb ("Under young hedges the soil held 103 tonnes, only about 7 per cent
 * more…"), so the comma ends a clause, not the phrase, and moving it garbles the sentence. A participle after its
 * noun ("In an article published in 2011") is no such clause.
 */
function runsIntoClause(s: Sentence, phrase: string): boolean {
  if (SUBORDINATOR.test(phrase)) return false;
  const at = s.text.indexOf(phrase);
  if (at < 0) return false;
  const inPhrase = s.tokens.filter((t) => t.start - s.start >= at && t.end - s.start <= at + phrase.length);
  return inPhrase.some(
    (t, k) =>
      t.pos === "NOUN" &&
      /^(?:DET|PRON)$/.test(inPhrase[k + 1]?.pos ?? "") &&
      inPhrase.slice(k + 2).some((x) => x.pos === "VERB" || x.pos === "AUX"),
  );
}
const SUBORDINATOR = /^(?:When|Although|Though|While|Once|Because|If|As soon as|Until|Since|Before|After)\b/;

/** A true statement in other words: an opening adverbial moved to the end, a word for its synonym, an opener dropped. */
export function trueStatement(s: Sentence, names: readonly string[] = []): Statement {
  let text = s.text;
  let how = "verbatim";
  const opener = OPENERS.exec(text);
  if (opener) {
    text = upperFirst(text.slice(opener[0].length));
    how = "opener";
  }
  // A statement is read alone: "Despite these criticisms, …" loses its phrase, "This feedback explains…" gives no
  // restatement (the seventh review's unresolved references), and "He said the county expects…" names him.
  // "unread": the sentence cannot be read alone, so the statement is no item.
  const alone = standingAlone(s, text);
  if (alone === undefined) return { text: finish(text), correct: true, how: "unread" };
  if (alone !== text) {
    const named = namedPronouns(s, upperFirst(alone));
    return named === undefined
      ? { text: finish(text), correct: true, how: "unread" }
      : { text: finish(upperFirst(named)), correct: true, how: "moved" };
  }
  const named = namedPronouns(s, text);
  if (named === undefined) return { text: finish(text), correct: true, how: "unread" };
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
  if (
    moved &&
    !CONNECTIVE.test(moved[1]!) &&
    !/;|, /.test(moved[2]!) &&
    moved[2]!.split(" ").length >= 4 &&
    !runsIntoClause(s, moved[1]!)
  ) {
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
