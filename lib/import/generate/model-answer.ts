import type { Sentence } from "./analysis";
import type { Article } from "./article";
import { titleNames, upperFirst } from "./text";

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
 * How two parts relate, from what the text says: a named person, organisation or place both parts' sentences name
 * (a shared actor); a contrast or consequence cue opening the second part; or, for
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
  // A noun both points name is no link: the ninth review marked six of ten such guides rework ('both deal with
  // "town"', '"policy"', '"trial"'), words two sentences share rather than a relation the text draws.
  return neighbours ? { kind: "next" } : undefined;
}

/**
 * How the two parts connect, for the marking guide: what the text itself shows (a shared actor, a turn,
 * a consequence), or, where it shows only their order or nothing, that the student's own link counts when the two
 * details bear it out. A stock connection ("adds to what the opening says") would be an example no teacher keeps.
 */
export function linkNote(link: Link | undefined, firstName: string, secondName: string): string {
  const own =
    "accept any link the student states and backs with the two details (what the second part adds to, changes in or explains about the first)";
  switch (link?.kind) {
    case "shared":
      return `Both parts name ${link.what}: a full answer says what each tells about ${link.what} and how the two fit together.`;
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
