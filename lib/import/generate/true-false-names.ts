import { articleSentences, type Sentence } from "./analysis";
import { sensesOf } from "../../language/wordnet";

/** Openers that tie a sentence to the one before ("However,", "But"): a statement read alone goes without them. */
export const OPENERS =
  /^(?:(?:However|In fact|Of course|Still|Meanwhile|Instead|Indeed|Also|Yet|Even so|Moreover|Furthermore|In addition|At the same time),|But|And|So)\s+/;

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

/** Spaces before punctuation that an edit left. */
export const finish = (t: string) => t.replace(/\s+([,.;:!?])/g, "$1");
