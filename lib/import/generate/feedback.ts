import type { Sentence } from "./analysis";
import { windowAround } from "./text";

/** Why a choice taken from another sentence of the article is wrong here: where the article uses it. */
export function fromElsewhere(
  choice: string,
  where: Sentence,
  start: number,
  end: number,
  key: string,
): string {
  return `The article uses "${choice}" elsewhere ("${windowAround(where, start, end)}"); this sentence says "${key}".`;
}

/**
 * Why a made-up figure is wrong: not what this sentence gives. Said of this sentence only, since the article may
 * give the same figure elsewhere in another case or form (the seventh review: "gives no figure of seven" beside
 * "Seven of the nine who died").
 */
export const madeUpNumber = (choice: string, key: string) =>
  `The article gives no figure of ${choice} for this; the figure in this sentence is ${key}.`;

/** Why another sense of the tested word is wrong. */
export const otherSense = (word: string, example: string | undefined) =>
  example
    ? `That is another meaning of "${word}", as in "${example}"; it does not fit this sentence.`
    : `That is another meaning of "${word}"; it does not fit this sentence.`;

/** Why the meaning of another word of the article is wrong. */
export const otherWord = (word: string, other: string) =>
  `That is what "${other}" means (the article uses it too), not "${word}".`;

/**
 * Why a person the article names, but gives no view, is the wrong holder: whose view it is. The sentence that names
 * them is no saying of theirs (the ninth review: "Putin says something else" above the article's opening line).
 */
export const notTheirs = (name: string, holder: string) =>
  `The article gives this view to ${holder}, not to ${name}.`;

/** Why a true/false choice is wrong. */
export const statementFeedback = (key: boolean, source: string, changed?: string) =>
  key
    ? `The article says this: "${source}"`
    : `The article says "${source}"${changed ? `: ${changed}.` : ""}`;
