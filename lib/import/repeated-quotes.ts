import type { Block } from "./read-text";

/**
 * A pull quote: a paragraph a page sets apart (bold, a block quote, an aside) to repeat words the story already
 * prints. Read as text it is the same quotation twice, and a draft could cite either copy. The eleventh review found
 * one in an obituary ("A full net tells you…" twice).
 */

const MIN_WORDS = 8;

const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]+/gu, " ")
    .split(/\s+/)
    .filter(Boolean);

/** The words inside a paragraph's quotation marks, run together: '"A," she wrote. "B."' reads as "A B". */
const quotedWords = (text: string) =>
  wordsOf([...text.matchAll(/["“]([^"”]+)["”]/g)].map((m) => m[1]).join(" "));

/** A paragraph that is a quotation and nothing else, as a pull quote is: '"A full net… in the sea."'. */
const wholeQuote = (text: string) =>
  /^["“][^"“”]+(?:["”]\s*["“][^"“”]+)*[.!?,]?["”][.!?]?$/.test(text.trim());

const holds = (whole: string[], part: string[]) => ` ${whole.join(" ")} `.includes(` ${part.join(" ")} `);

/**
 * The blocks without quotations that repeat another paragraph's words or its quotation: of two copies, the shorter
 * goes (the one without its attribution), and of two equal copies the later. Other repeated paragraphs stay (a
 * refrain is the author's).
 */
export function withoutRepeatedQuotes(blocks: Block[]): Block[] {
  const read = blocks.map((b) => ({ words: wordsOf(b.text), quoted: quotedWords(b.text) }));
  return blocks.filter((block, i) => {
    const mine = read[i]!.words;
    if (block.kind !== "paragraph" || mine.length < MIN_WORDS || !wholeQuote(block.text)) return true;
    return !blocks.some(
      (other, j) =>
        j !== i &&
        other.kind === "paragraph" &&
        (read[j]!.words.length > mine.length || j < i) &&
        (holds(read[j]!.words, mine) || holds(read[j]!.quoted, mine)),
    );
  });
}
