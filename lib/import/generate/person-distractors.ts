import type { Sentence } from "./analysis";
import type { Article } from "./article";
import type { Distractor } from "./distractors";
import { fullName, titleBefore, type Entity } from "./entities";
import { fromElsewhere } from "./feedback";
import { escapeRegExp, sameText, sharesWord } from "./text";

/**
 * People for a person key, in the key's form (a surname among surnames, full names among full names), never one
 * the cited sentence names in any form (a stem naming Nakamura's vote cannot offer Ken Nakamura), of the key's
 * title where the sentence gives one ("Dr _____" takes only people the article calls Dr), and of the pronoun the
 * sentence refers to the key by ("… his character" takes no woman the article calls "she").
 */
export function personDistractors(
  article: Article,
  key: Entity,
  cited: Sentence,
  candidates: Entity[],
  count: number,
): Distractor[] {
  const out: Distractor[] = [];
  const surnameOnly = key.text.split(/\s+/).length === 1;
  const before = (x: Entity) =>
    article.sentences[x.sentence]!.text.slice(0, x.start - article.sentences[x.sentence]!.start);
  const title = titleBefore(cited.text.slice(0, key.start - cited.start));
  const full = (x: Entity) => fullName(x.text, article.entities);
  const mentions = (e: Entity) =>
    article.entities.filter((x) => x.kind === "person" && (x.text === e.text || full(x) === full(e)));
  const titled = (e: Entity) => !title || mentions(e).some((x) => titleBefore(before(x)) === title);
  const keyGender = genderAfter(cited, key);
  const gendered = (e: Entity) =>
    !keyGender ||
    mentions(e).every((x) => {
      const g = genderAfter(article.sentences[x.sentence]!, x);
      return !g || g === keyGender;
    });
  const named = (name: string) =>
    name.split(/\s+/).some((w) => w.length > 2 && new RegExp(`\\b${escapeRegExp(w)}\\b`).test(cited.text));
  // The key's title first ("Councillor _____" takes the councillors before anyone else); for a surname, people
  // the article also calls by surname alone ("Vale" is only ever written inside "Kestrel Vale", a team's name);
  // then the nearest.
  const alone = (e: Entity) => surnameOnly && mentionedAlone(article, full(e).split(/\s+/).at(-1)!);
  const sorted = [...candidates].sort(
    (a, b) =>
      Number(titled(b)) - Number(titled(a)) ||
      Number(alone(b)) - Number(alone(a)) ||
      Math.abs(a.sentence - key.sentence) - Math.abs(b.sentence - key.sentence),
  );
  for (const e of sorted) {
    if (out.length >= count) break;
    const whole = full(e);
    const text = surnameOnly ? whole.split(/\s+/).at(-1)! : whole;
    if (!surnameOnly && text.split(/\s+/).length < 2) continue;
    // A surname option is of someone with a first name: "Celsius" (of "degrees Celsius") is no one's surname.
    if (surnameOnly && whole.split(/\s+/).length < 2) continue;
    if (named(whole) || !gendered(e) || sharesWord(text, key.text)) continue;
    // "Dr _____" among people the article never calls Dr: the title alone picks the key (the tenth review's cue).
    if (!titled(e)) continue;
    if (out.some((d) => sameText(d.text, text))) continue;
    const where = article.sentences[e.sentence]!;
    out.push({ text, feedback: fromElsewhere(text, where, e.start, e.end, key.text) });
  }
  return out;
}

/** Whether the article names someone by this one word on its own, as a person. */
const mentionedAlone = (article: Article, word: string) =>
  article.entities.some((x) => x.kind === "person" && x.text === word);

const HE = /^(?:he|him|his|himself)$/i;
const SHE = /^(?:she|her|hers|herself)$/i;
/**
 * The gender the sentence gives a person by the first personal pronoun after the name, when no other person
 * stands between ("Veteran actor Tomas Reyes … his character"); undefined when it gives none.
 */
function genderAfter(s: Sentence, e: Entity): "m" | "f" | undefined {
  for (const t of s.tokens) {
    if (t.start < e.end) continue;
    if (t.pos === "PROPN") return undefined;
    if (HE.test(t.text)) return "m";
    if (SHE.test(t.text)) return "f";
  }
  return undefined;
}
