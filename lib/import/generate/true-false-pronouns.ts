import { articleSentences, type Sentence } from "./analysis";
import { entitiesOf, type Entity } from "./entities";

/** How far back a pronoun's person is looked for: further, the nearest name is often someone else. */
const LOOKBACK_SENTENCES = 5;

const MALE = /^(?:he|him|his)$/i;
const FEMALE = /^(?:she|her|hers)$/i;

const peopleCache = new WeakMap<readonly Sentence[], Entity[]>();
function peopleOf(all: readonly Sentence[]): Entity[] {
  let people = peopleCache.get(all);
  if (!people) peopleCache.set(all, (people = entitiesOf(all).filter((e) => e.kind === "person")));
  return people;
}

/** "he" or "she" as the article first refers to a person after naming them (in that sentence or the next). */
export function genderOf(p: Entity, all: readonly Sentence[]): "male" | "female" | undefined {
  const tokens = [
    ...all[p.sentence]!.tokens.filter((t) => t.start >= p.end),
    ...(all[p.sentence + 1]?.tokens ?? []),
  ];
  const pronoun = tokens.find((t) => MALE.test(t.text) || FEMALE.test(t.text));
  return pronoun ? (MALE.test(pronoun.text) ? "male" : "female") : undefined;
}

/**
 * The name a pronoun in `s` stands for: the nearest person named in the sentences before it whose own
 * pronoun does not differ ("she" is not Nakamura, whom the article calls "he"), written as the article writes them
 * on second mention (a surname alone when it is used so), else undefined.
 */
export function personBefore(s: Sentence, pronoun: string): string | undefined {
  const all = articleSentences(s);
  if (!all) return undefined;
  const people = peopleOf(all);
  const wanted = MALE.test(pronoun) ? "male" : "female";
  const earlier = people.filter((p) => p.sentence < s.index).sort((a, b) => b.start - a.start);
  const before = earlier.filter((p) => p.sentence >= s.index - LOOKBACK_SENTENCES);
  // Further back only when one person so far is called so (a profile's "she" paragraphs after her name).
  const alone = earlier.filter((p) => genderOf(p, all) === wanted);
  const sole = new Set(alone.map((p) => p.text.split(" ").at(-1))).size === 1 ? alone[0] : undefined;
  const match = before.find((p) => (genderOf(p, all) ?? wanted) === wanted) ?? sole;
  if (!match) return undefined;
  const surname = match.text.split(" ").at(-1)!;
  const full = people.find((p) => p.text.endsWith(` ${surname}`))?.text ?? match.text;
  return people.some((p) => p.text === surname) ? surname : full;
}

/**
 * The statement with a pronoun that opens it ("He said the county expects…", "Her review looked at…", "…, she
 * said, …") written as the person's name, since a statement is read alone; undefined when the person is not clear.
 * "They", "their", "them" and "it" are not resolved (no single person to name): such a statement is no item.
 */
export function namedPronouns(s: Sentence, text: string): string | undefined {
  if (/^(?:They|Their|Them|It|Its)\b/.test(text)) return undefined;
  let out = text;
  // At the start, or after a phrase put first ("In an article published in 2011, he argues…").
  const opening = /^(?:[^,]{3,60}, )?(He|She|His|Her|he|she|his|her)\b/.exec(out);
  if (opening) {
    const pronoun = opening[1]!;
    const at = opening[0].length - pronoun.length;
    const name = personBefore(s, pronoun);
    if (!name) return undefined;
    out =
      out.slice(0, at) + (/^(?:his|her)$/i.test(pronoun) ? `${name}'s` : name) + out.slice(opening[0].length);
  }
  // "It" or "they" after such a phrase names nothing the statement holds.
  if (/^[^,]{3,60}, (?:they|their|it|its)\b/.test(out)) return undefined;
  const aside = /, (he|she) (said|says|added|explained|wrote),/.exec(out);
  if (aside) {
    const name = personBefore(s, aside[1]!);
    if (!name) return undefined;
    out = out.replace(aside[0], `, ${name} ${aside[2]},`);
  }
  return out;
}
