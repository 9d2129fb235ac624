import type { Block } from "./read-text";

/**
 * How a letter or a reply ends ("Yours faithfully,", "Kind regards,"): what follows on the same lines is its
 * writer's name, town or role, which is no sentence of the article and no heading.
 */
const VALEDICTION =
  /^(?:yours (?:faithfully|sincerely|truly)|(?:yours )?sincerely|(?:with )?(?:best|kind|warm|warmest)(?:est)? (?:wishes|regards)|(?:best )?regards|(?:many|with) thanks)\b,?/i;
/**
 * A signature of a writer's name, town or role after a dash ("— Sami Rahman, Hexley", "– Ed."); not a hyphen,
 * which opens a list item in plain text.
 */
const DASH_SIGNATURE = /^[—–]\s*\p{Lu}/u;
const SIGNATURE_MAX_WORDS = 8;
const MAX_SIGNATURE_LINES = 3;

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const isShortLine = (text: string) => words(text) <= SIGNATURE_MAX_WORDS && !/[.!?]["”’)]?$/.test(text);
/** A short line that is no list item ("• 1801: the old channel drained", "3. Cover the jar"). */
const isSignatureLine = (text: string) => isShortLine(text) && !/^(?:[•*·▪-]|\d+[.)])\s/.test(text);
/** A name, town or role: capitalised words and the small words between them ("Head of Science", "Year 11"). */
const isSignature = (text: string) =>
  words(text) <= SIGNATURE_MAX_WORDS &&
  text
    .split(/[\s,]+/)
    .every((w) => w === "" || /^[\p{Lu}\d(—–]/u.test(w) || /^(?:of|and|the|for|at|in|on)$/.test(w));
/** "Yours faithfully, Sami Rahman", not "Best wishes to everyone who helped." */
const isValediction = (text: string) => VALEDICTION.test(text) && isSignature(text.replace(VALEDICTION, ""));
const isProse = (block: Block | undefined) => block?.kind === "paragraph" && /[.!?]["”’)]?$/.test(block.text);
/** Prose, or the salutation a letter opens on ("Dear Editor,"). */
const opensText = (block: Block | undefined) => isProse(block) || /^dear\b/i.test(block?.text ?? "");

/** A paragraph ending on its writer's valediction and name ("…way home. Yours faithfully, Sami Rahman"), without them. */
function withoutTrailingValediction(text: string): string {
  const m = /(?<=[.!?]["”’)]?)\s+(\S[^.!?]*)$/.exec(text);
  return m && isValediction(m[1]!) ? text.slice(0, m.index) : text;
}

/**
 * The page without the sign-offs of its letters and replies: a valediction with the name and town under it, a
 * dashed signature, and up to three short lines left after the last paragraph of prose ("The Editor" once the
 * letters page's footer is gone). A short line after a valediction is a signature unless prose or a salutation
 * follows it: then it heads a part ("THE EDITOR REPLIES").
 */
export function withoutSignOffs(blocks: readonly Block[]): Block[] {
  const kept: Block[] = [];
  let signing = false;
  blocks.forEach((block, i) => {
    const text = block.kind === "paragraph" ? withoutTrailingValediction(block.text) : block.text;
    if (isValediction(text) || (DASH_SIGNATURE.test(text) && words(text) <= SIGNATURE_MAX_WORDS)) {
      signing = true;
      return;
    }
    if (signing && isShortLine(text) && !opensText(blocks[i + 1])) return;
    signing = false;
    kept.push({ ...block, text });
  });
  const tail = kept.length - 1 - kept.findLastIndex(isProse);
  const signed =
    tail <= MAX_SIGNATURE_LINES && kept.slice(kept.length - tail).every((b) => isSignatureLine(b.text));
  return signed ? kept.slice(0, kept.length - tail) : kept;
}
