import type { Sentence } from "./analysis";

/**
 * Words of a concession or contrast: its other half was written for the original direction ("more patents than
 * any other woman …, and yet … forgotten"), so a turned comparison or outcome contradicts it in the wording.
 */
const CONTRAST = /^(?:yet|but|although|though|whereas|despite|nevertheless|nonetheless)$/i;

/** A negation: a word turned after it sits in a litotes ("not without its critics") and means its opposite. */
const NEGATION = /^(?:not|n't|never|no|without|hardly|nor)$/i;

/** Words that make what follows an open question ("the question is whether A works better than B"). */
const OPEN_QUESTION = /^(?:whether|if|question|wonder|wondered|asks|asked)$/i;

/**
 * Why the word at token `i` of `s` may not be turned to make a false statement, or undefined when it may. A turn
 * is false only where the rest of the sentence does not fix the word: a contrast, a coordinated outcome of the
 * same subject ("created uncertainty and weakened cooperation") or a coordinated clause that turns too
 * ("attendance improves, and fewer students arrive late"), a negation before it or an open question around it
 * each give the key away or leave the statement true. `turnable` says which words a false statement turns.
 */
export function turnBlocked(s: Sentence, i: number, turnable: (word: string) => boolean): string | undefined {
  const tokens = s.tokens;
  if (tokens.some((t) => CONTRAST.test(t.text))) return "contrast";
  if (tokens.slice(Math.max(0, i - 4), i).some((t) => NEGATION.test(t.text))) return "negation";
  if (tokens.slice(0, i).some((t) => OPEN_QUESTION.test(t.text))) return "open question";
  for (const [k, t] of tokens.entries()) {
    if (!/^(?:and|or)$/i.test(t.text)) continue;
    const next = tokens.slice(k + 1).find((x) => x.pos !== "ADV");
    const verbBefore = tokens.slice(0, k).some((x) => x.pos === "VERB");
    if (verbBefore && next?.pos === "VERB") return "coordinated";
    const other = k < i ? tokens.slice(0, k) : tokens.slice(k + 1);
    if (verbBefore && other.some((x) => turnable(x.text.toLowerCase()))) return "coordinated";
  }
  return undefined;
}

/**
 * Whether the article, outside `s`, names the side a view would be given to ("Trump's supporters defended his
 * approach"): then "not without its supporters" may be as true as "critics", and keying it False is wrong.
 */
export function sideNamedElsewhere(all: readonly Sentence[], s: Sentence, side: string): boolean {
  const stem = side.replace(/s$/i, "").toLowerCase();
  return all.some(
    (x) => x.index !== s.index && x.tokens.some((t) => t.text.toLowerCase().replace(/s$/, "") === stem),
  );
}
