import type { Sentence } from "./analysis";
import type { Article } from "./article";
import { sensesOf } from "../../language/wordnet";
import { titleNames, upperFirst } from "./text";

/** Content lemmas of a sentence (nouns and names, not in the stop list): what two parts can share. */
function contentLemmas(s: Sentence): Set<string> {
  return new Set(
    s.tokens
      .filter(
        (t) =>
          (t.pos === "NOUN" || t.pos === "PROPN") &&
          t.lemma.length > 3 &&
          !GENERIC.has(t.lemma) &&
          !CALENDAR.test(t.lemma),
      )
      .map((t) => t.lemma),
  );
}

/** Days and months: two parts that both name a Tuesday are not about the same thing. */
const CALENDAR =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|morning|evening|night)$/;

/** Nouns too general to name what two parts have in common. */
const GENERIC = new Set(
  "year years time times thing things people way ways part parts number day days week weeks month months lot kind percent article".split(
    " ",
  ),
);

/** WordNet's noun.quantity and noun.time files: units and spans, which two parts share without a common topic. */
const MEASURE_FILES = new Set([23, 28]);
/** A noun the article names in this many sentences is one of its topics. */
const TOPIC_SENTENCES = 3;

export type Link =
  | { kind: "shared"; what: string }
  | { kind: "contrast"; cue: string }
  | { kind: "cause"; cue: string }
  | { kind: "next" };

const CONTRAST_CUE = /\b(?:However|But|Yet|Instead|Still|Not everyone|Critics|Opponents|On the other hand)\b/;
const OPPOSING_HEADING =
  /\b(?:against|critics?|criticism|opponents?|objections?|opposition|doubts?|concerns?|risks?|limits?|downsides?|cannot|can't)\b/i;
const CAUSE_CUE = /\b(?:As a result|Because of this|So|Therefore|That is why|This means|This is why)\b/;

/**
 * How two parts relate, from what the text says: a named person, organisation or place, or a content noun, both
 * parts' sentences name (a shared actor or topic); a contrast or consequence cue opening the second part; or, for
 * neighbouring parts only, that the second follows on from the first. None when the text shows no link.
 */
export function linkBetween(
  article: Article,
  first: readonly Sentence[],
  second: readonly Sentence[],
  neighbours: boolean,
  points: readonly Sentence[] = [],
  heading?: string,
): Link | undefined {
  const inFirst = new Set(first.map((s) => s.index));
  const inSecond = new Set(second.map((s) => s.index));
  // A person is matched by surname ("Marta Okonkwo-Lind" and later "Okonkwo-Lind") and named in full.
  const named = (set: Set<number>) =>
    article.entities.filter(
      (e) => set.has(e.sentence) && (e.kind === "person" || e.kind === "organization" || e.kind === "place"),
    );
  const last = (t: string) => t.split(/[\s-]/).at(-1)!;
  const a = named(inFirst);
  const b = named(inSecond);
  // A name of one part whose last word the other part's text holds ("Hannah Oduya" … "Oduya said").
  const words = (part: readonly Sentence[]) => new Set(part.flatMap((x) => x.tokens.map((t) => t.text)));
  const [wordsA, wordsB] = [words(first), words(second)];
  // What the title names links every part alike ("Both parts name Donald Trump" in an article on Trump): no link.
  const inTitle = titleNames(article.title);
  // When the guide names each part's point, a shared name links the parts only if both points name it: a player
  // or a school both parts mention in passing ("Both parts name Sam Whitlock") is no link a teacher would mark.
  const inPoints = (name: string) =>
    points.length < 2 || points.every((p) => p.tokens.some((t) => t.text === name));
  const actor =
    b.find((x) => wordsA.has(last(x.text)) && !inTitle(last(x.text)) && inPoints(last(x.text))) ??
    a.find((x) => wordsB.has(last(x.text)) && !inTitle(last(x.text)) && inPoints(last(x.text)));
  if (actor) {
    const full = article.entities
      .filter((x) => x.kind === actor.kind && last(x.text) === last(actor.text))
      .sort((x, y) => y.text.length - x.text.length)[0]!;
    // A one-word organisation or place ("Water", "Library") is the entity reader's fragment, not a name to give.
    if (/[\s-]/.test(full.text)) return { kind: "shared", what: full.text };
  }
  // The second part's heading or opening sentences turn against the first ("The Case Against", "However, …").
  if (heading && OPPOSING_HEADING.test(heading)) return { kind: "contrast", cue: heading };
  const opening = second.slice(0, 2).map((s) => s.text);
  for (const text of opening) {
    const c = CONTRAST_CUE.exec(text);
    if (c && c.index < 3) return { kind: "contrast", cue: c[0] };
    const k = CAUSE_CUE.exec(text);
    if (k && k.index < 3) return { kind: "cause", cue: k[0] };
  }
  // A noun both parts' points name: what they are both about, when the article keeps coming back to it (a topic,
  // not a word two sentences happen to share) and it is not a measure or a span of time ("kilometres", "decade").
  const [p, q] = points.map((s) => contentLemmas(s));
  const isTopic = (lemma: string) =>
    article.sentences.filter((s) => s.tokens.some((t) => t.lemma === lemma)).length >= TOPIC_SENTENCES &&
    !MEASURE_FILES.has(sensesOf(lemma, "noun")[0]?.lexFile ?? -1);
  const shared = p && q ? [...q].find((l) => p.has(l) && !inTitle(l) && isTopic(l)) : undefined;
  // Names are matched as entities above: a word of one ("Okonkwo" of "Okonkwo-Lind") is not given alone.
  const tok = points.flatMap((s) => s.tokens).find((t) => t.lemma === shared && t.pos === "NOUN");
  if (tok) return { kind: "shared", what: tok.text.toLowerCase() };
  return neighbours ? { kind: "next" } : undefined;
}

/**
 * How the two parts connect, for the marking guide: what the text itself shows (a shared actor or topic, a turn,
 * a consequence), or, where it shows only their order or nothing, that the student's own link counts when the two
 * details bear it out. A stock connection ("adds to what the opening says") would be an example no teacher keeps.
 */
export function linkNote(link: Link | undefined, firstName: string, secondName: string): string {
  const own =
    "accept any link the student states and backs with the two details (what the second part adds to, changes in or explains about the first)";
  switch (link?.kind) {
    case "shared":
      return /^[A-Z]/.test(link.what)
        ? `Both parts name ${link.what}: a full answer says what each tells about ${link.what} and how the two fit together.`
        : `Both parts' points deal with "${link.what}": a full answer says what each tells about it and how the two fit together.`;
    case "contrast":
      return link.cue === secondName.replace(/^"|"$/g, "")
        ? `${upperFirst(secondName)} turns to the other side of what ${firstName} reports: a full answer names that contrast.`
        : `${upperFirst(secondName)} turns to another side ("${link.cue}…") of what ${firstName} reports: a full answer names that contrast.`;
    case "cause":
      return `${upperFirst(secondName)} gives what follows from ${firstName} ("${link.cue}…"): a full answer names that consequence.`;
    case "next":
      return `The text links them only by order (${secondName} comes straight after ${firstName}): ${own}.`;
    default:
      return `The article links no two parts itself: ${own}.`;
  }
}
