import { contentWords, sharedCount } from "../../content/audit/words";
import type { Sentence } from "./analysis";
import type { Article } from "./article";
import { fullName } from "./entities";
import { genderOf, personBefore } from "./true-false-pronouns";

/** A reporting clause whose holder is a pronoun: "He argued that…", "They argued that…". */
export const PRONOUN_HOLDER = /^(?:he|she|they)$/i;

/**
 * A fronted phrase before the subject ("Despite these criticisms, Trump's supporters defended…"), then a side of a
 * debate, bare or someone's ("critics", "Trump's supporters"): the group a following "They argued…" speaks for.
 */
const SIDE_SUBJECT =
  /^(?:(?:Despite|However|But|Still|Meanwhile|At the same time|In response)[^,]{0,60}, )?((?:[A-Z][\w-]*(?:'s|’s) )?(?:critics|supporters|opponents|proponents|advocates|defenders|detractors|sceptics|skeptics|backers))\b/i;

/**
 * Who a pronoun holder stands for, from the text before it: "they" is the side of a debate that the sentence just
 * before (in the same paragraph) opens on; "he" or "she" the nearest person before whose own pronoun does not differ
 * (personBefore), named in full. Undefined when the text does not show it.
 */
export function pronounHolder(
  pronoun: string,
  s: Sentence,
  article: Article,
): { name: string; kind: "person" | "group" } | undefined {
  if (/^they$/i.test(pronoun)) {
    if (s.opensParagraph) return undefined;
    const side = SIDE_SUBJECT.exec(article.sentences[s.index - 1]?.text ?? "")?.[1];
    if (!side) return undefined;
    return { name: /^[A-Z][\w-]*['’]s /.test(side) ? side : side.toLowerCase(), kind: "group" };
  }
  const person = dissenter(s, pronoun, article) ?? personBefore(s, pronoun);
  if (!person) return undefined;
  const name = fullName(person, article.entities);
  return name.includes(" ") ? { name, kind: "person" } : undefined;
}

/**
 * A sentence that only says its subject disagrees ("Professor Adewale Kuti disagrees with Dr Calloway.", "Kuti takes
 * the opposite view."): the "he" or "she" of the sentence after it is that subject, not the nearest name, which is
 * often the person disagreed with.
 */
const DISSENT =
  /^(?:(?:Dr|Mr|Mrs|Ms|Professor|Prof)\.? )?([A-Z][a-z]+(?: [A-Z][\w'’-]+){0,2}) (?:disagrees|disagreed|differs|differed|takes the opposite view|took the opposite view|sees it differently|saw it differently|is not convinced|was not convinced|is unconvinced|was unconvinced)\b/;

function dissenter(s: Sentence, pronoun: string, article: Article): string | undefined {
  const subject = DISSENT.exec(article.sentences[s.index - 1]?.text ?? "")?.[1];
  if (!subject) return undefined;
  const all = article.sentences;
  const person = article.entities.find(
    (e) =>
      e.kind === "person" &&
      (e.text === subject || subject.endsWith(` ${e.text}`) || e.text.endsWith(` ${subject}`)),
  );
  const gender = person && genderOf(person, all);
  const wanted = /^he$/i.test(pronoun) ? "male" : "female";
  return person && (gender ?? wanted) === wanted ? person.text : undefined;
}

/** A share of the view's content words that, met again in a sentence naming another holder, makes it theirs too. */
const ECHO_SHARE = 0.4;

/**
 * Whether the article also gives the view, or most of it, to `holder`: a sentence other than the view's own that
 * names the holder (by the last word of its name or label) and repeats 40% or more of the view's content words.
 * Such a holder is a second right answer ("Trump … find common ground with Russia on … counterterrorism" beside
 * his supporters' "dialogue with Russia was essential for … counterterrorism").
 */
export function alsoHolds(holder: string, view: { content: string; sentence: Sentence }, article: Article) {
  const mark = holder.split(/\s+/).at(-1)!.toLowerCase();
  const wanted = wordsOf(view, view.content);
  if (wanted.size === 0) return false;
  return article.sentences.some(
    (x) =>
      x.index !== view.sentence.index &&
      x.tokens.some((t) => t.text.toLowerCase() === mark) &&
      sharedCount(wanted, wordsOf(x, x.text)) / wanted.size >= ECHO_SHARE,
  );
}

/** Content words of a view or a sentence, once per object: a view's draft asks alsoHolds of every other holder. */
const contentWordsOf = new WeakMap<object, Set<string>>();
function wordsOf(owner: object, text: string): Set<string> {
  let words = contentWordsOf.get(owner);
  if (!words) contentWordsOf.set(owner, (words = contentWords(text)));
  return words;
}

const BACKERS = /^([A-Z][\w-]*)['’]s (?:supporters|backers|defenders|allies|proponents|advocates)$/;

/**
 * Whether one holder is the other's own side ("Trump's supporters" and Donald Trump): supporters defend their
 * person's views, so neither is a wrong option for the other's view (the ninth review: a second right answer).
 */
export function onOneSide(a: string, b: string): boolean {
  const backs = (side: string, person: string) => {
    const name = BACKERS.exec(side)?.[1];
    return !!name && (person === name || person.endsWith(` ${name}`));
  };
  return backs(a, b) || backs(b, a);
}

/**
 * Whether the name written nearest before a pronoun's sentence (two sentences back at most) is the holder's, or a
 * person the article's pronouns make the other sex. A name the entity reader did not type as a person ("Kestrel
 * Vale's coach, Dana Whitfield, said …" before '"…," she said.') is passed over by the pronoun machinery, which then
 * lands on someone further back.
 */
export function nearestNamed(holder: string, pronoun: string, s: Sentence, article: Article): boolean {
  const near = article.entities
    .filter(
      (e) => (e.kind === "person" || e.kind === "name") && e.sentence < s.index && e.sentence >= s.index - 2,
    )
    .filter((e) => e.text.includes(" ") || e.kind === "person")
    .sort((a, b) => b.start - a.start)[0];
  if (!near || holder.split(" ").at(-1) === near.text.split(" ").at(-1)) return true;
  const sex = near.kind === "person" ? genderOf(near, article.sentences) : undefined;
  return sex !== undefined && sex !== (/^he$/i.test(pronoun) ? "male" : "female");
}
