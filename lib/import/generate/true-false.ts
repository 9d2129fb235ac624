import type { Sentence } from "./analysis";
import { citeSentence, entitiesIn, givenAway, type Article, type Draft } from "./article";
import { keepsRangeOrder } from "./blanks";
import { isCircumstantial } from "./circumstance";
import { entityDistractors } from "./distractors";
import { statementFeedback } from "./feedback";
import type { Entity } from "./entities";
import { readsBadly, upperFirst } from "./text";
import { reversedComparison, reversedDirection, swappedCause, writtenAsPerson } from "./true-false-edits";
import { standingAlone } from "./true-false-alone";
import { incidentalFigure, isClaimFigure, isEditableFigure, plausibleFigure } from "./true-false-figures";
import { figureWorth, UNTEACHABLE } from "./figure-worth";
import { finish, OPENERS, startsWithName } from "./true-false-names";
import { genderOf, namedPronouns } from "./true-false-pronouns";

export { trueStatement } from "./true-false-restate";

/** A statement about a sentence: a faithful restatement (true) or a meaning-changing edit (false). */
export type Statement = { text: string; correct: boolean; how: string; change?: string };

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
  // Actors, then places, then the figure the sentence claims; another amount or count only when nothing else can
  // be turned and it is no detail of the sentence (incidentalFigure: "in shifts of eight", "three years later",
  // ", 46,"), never a year, date or time.
  const rank = (e: Entity) =>
    isActor(e) ? 0 : e.kind === "place" || e.kind === "name" ? 1 : isClaimFigure(s, e) ? 2 : 3;
  for (const e of [...entities].sort((a, b) => rank(a) - rank(b))) {
    if (out.length > 0) break;
    // A figure or name the title or heading states is false from the headline alone once swapped.
    if (givenAway(article, s, e.text)) continue;
    if (rank(e) === 3 && (!isEditableFigure(s, e) || incidentalFigure(s, e))) continue;
    if (rank(e) >= 2 && figureWorth(s, e) <= UNTEACHABLE) continue;
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
      const alone = standingAlone(s, upperFirst(st.text.replace(OPENERS, "")));
      // An edit inside the phrase left out leaves the article's own words: true, not false.
      const unchanged = alone !== undefined && s.text.toLowerCase().includes(alone.toLowerCase());
      const named = alone === undefined || unchanged ? undefined : namedPronouns(s, upperFirst(alone));
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
