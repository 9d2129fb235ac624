import type { Sentence } from "./analysis";
import type { Article } from "./article";
import { upperFirst } from "./text";

/**
 * The core of a sentence as a short quotation (about `max` words, the article's wording and capitalisation kept):
 * an opening clause with no verb of its own up to its comma goes ("Every Tuesday at dawn, she climbs…" → "she
 * climbs…"), as do an apposition after the subject and a trailing attribution; the quotation stops at the first
 * clause boundary after its fourth word (a comma, semicolon, dash, or a relative or subordinating word) and, past
 * `max` words, before its last function word there, so it never ends on "the" or "of". A model answer quotes
 * this, not the sentence.
 */
export function corePhrase(s: Sentence, max = 11): string {
  // The apposition goes before anything else: "The boat, a 40-year-old vessel named the Heron, left…".
  const apposition =
    /^((?:[A-Z][\w'’-]*|[Tt]he)(?: [\w'’-]+){0,3}), (?:a|an|the|who|which|often|also|sometimes|usually)\b[^,]{3,60}, /;
  let text = s.text.replace(apposition, "$1 ");
  const tokens = text === s.text ? s.tokens : [];
  const comma = tokens.findIndex((t) => t.text === ",");
  const after = tokens[comma + 1];
  if (
    comma > 0 &&
    comma <= 10 &&
    tokens.length - comma > 5 &&
    !tokens.slice(0, comma).some((t) => t.pos === "VERB" || t.pos === "AUX") &&
    (["PRON", "PROPN", "NOUN"].includes(after!.pos) || ["ADP", "SCONJ", "ADV"].includes(tokens[0]!.pos))
  )
    text = s.text.slice(after!.start - s.start);
  text = text
    .replace(/[.!?]["”’]?$/, "")
    .replace(
      /,\s*(?:according to [^,]+|(?:he|she|they|it|the [a-z]+|[A-Z][a-z]+(?: [A-Z][a-z]+)*) (?:said|says|added|explained|noted|wrote))$/,
      "",
    );
  const words = text.split(/\s+/);
  let end = words.length;
  for (let i = 0; i < words.length; i++) {
    if (i >= 5 && BOUNDARY.has(words[i]!.toLowerCase())) {
      end = i;
      break;
    }
    if (i >= 4 && /[,;:—–]$/.test(words[i]!)) {
      end = i + 1;
      break;
    }
  }
  let kept = words.slice(0, end);
  if (kept.length > max) {
    kept = kept.slice(0, max + 1);
    const cut = kept.findLastIndex((w, i) => i >= 4 && FUNCTION_WORD.has(w.toLowerCase()));
    kept = kept.slice(0, cut > 0 ? cut : max);
  }
  while (
    kept.length > 2 &&
    FUNCTION_WORD.has(
      kept
        .at(-1)!
        .toLowerCase()
        .replace(/[,;:—–]$/, ""),
    )
  )
    kept.pop();
  text = kept.join(" ").replace(/[,;:—–]$/, "");
  return text;
}

const BOUNDARY = new Set([
  "which",
  "who",
  "whom",
  "whose",
  "where",
  "because",
  "while",
  "although",
  "though",
  "—",
  "–",
]);
const FUNCTION_WORD = new Set(
  "a an the of in on at to for from with by and or but that its their his her as into about than this these those some over under through near beneath after before up down so was were is are be been had has have will would could can not very such every each more most between".split(
    " ",
  ),
);

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
  const actor = b.find((x) => wordsA.has(last(x.text))) ?? a.find((x) => wordsB.has(last(x.text)));
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
  // A noun both parts' points name: what they are both about.
  const [p, q] = points.map((s) => contentLemmas(s));
  const shared = p && q ? [...q].find((l) => p.has(l)) : undefined;
  // Names are matched as entities above: a word of one ("Okonkwo" of "Okonkwo-Lind") is not given alone.
  const tok = points.flatMap((s) => s.tokens).find((t) => t.lemma === shared && t.pos === "NOUN");
  if (tok) return { kind: "shared", what: tok.text.toLowerCase() };
  return neighbours ? { kind: "next" } : undefined;
}

/** The connection sentence of a model answer, saying only what the link found in the text supports. */
export function linkSentence(link: Link, firstName: string, secondName: string): string {
  switch (link.kind) {
    case "shared":
      return /^[A-Z]/.test(link.what)
        ? `${upperFirst(secondName)} adds to what ${firstName} says, and both are about ${link.what}.`
        : `${upperFirst(secondName)} adds to what ${firstName} says, and both deal with "${link.what}".`;
    case "contrast":
      return link.cue === secondName.replace(/^"|"$/g, "")
        ? `${upperFirst(secondName)} turns to the other side of what ${firstName} reports.`
        : `${upperFirst(secondName)} turns to another side ("${link.cue}…") of what ${firstName} reports.`;
    case "cause":
      return `${upperFirst(secondName)} gives what follows from ${firstName} ("${link.cue}…").`;
    case "next":
      return `${upperFirst(secondName)} comes straight after ${firstName} and carries its account on.`;
  }
}
