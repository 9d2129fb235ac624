import type { Block } from "./read-text";

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;
const LETTERHEAD_LINE_WORDS = 6;

/**
 * A stacked letterhead above a plain-text page's title ("HARWICK BOROUGH COUNCIL / Waste and Recycling Services",
 * the eleventh review's FAQ): two to four short lines without punctuation, then a single line at least as long
 * as any of them. It names who publishes the page, not the page, so the line after it is the title.
 */
export function withoutLetterhead(paragraphs: string[]): string[] {
  const [head, next] = paragraphs;
  if (head === undefined || next === undefined) return paragraphs;
  const lines = head.trim().split(/\s*\n\s*/);
  const title = next.trim();
  const isLetterhead =
    lines.length >= 2 &&
    lines.length <= 4 &&
    lines.every((l) => wordCount(l) <= LETTERHEAD_LINE_WORDS && !/[.!?,;:"”)]$/.test(l)) &&
    !title.includes("\n") &&
    !/[.!?]$/.test(title) &&
    lines.every((l) => l.length <= title.length);
  return isLetterhead ? paragraphs.slice(1) : paragraphs;
}

const QUESTION_MAX_WORDS = 15;
const MIN_QUESTIONS = 3;

/** One question alone on its line: no sentence before it and no speaker's label ("CASTELLANO: Were you afraid?"). */
const isQuestionLine = (b: Block) =>
  b.kind === "paragraph" && /^[A-Z"“‘'][^.!?:\n]*\?$/.test(b.text) && wordCount(b.text) <= QUESTION_MAX_WORDS;

/**
 * An FAQ's questions are its headings: short question lines, each opening a run of answer paragraphs. It takes at
 * least three, so one rhetorical question standing alone in prose stays a paragraph; an interview's questions carry
 * the speaker's label and stay its text.
 */
export function questionHeadings(blocks: Block[]): Block[] {
  const opens = (i: number) =>
    isQuestionLine(blocks[i]!) &&
    blocks[i + 1]?.kind === "paragraph" &&
    !/\?$/.test(blocks[i + 1]!.text) &&
    !(i > 0 && isQuestionLine(blocks[i - 1]!));
  const at = blocks.map((_, i) => opens(i));
  if (at.filter(Boolean).length < MIN_QUESTIONS) return blocks;
  return blocks.map((b, i) => (at[i] ? { ...b, kind: "heading" } : b));
}

const CONTACT = /^(?:contact(?: us| details| information)?|get in touch|how to contact us)$/i;

const CONTACT_LINE_MAX_WORDS = 40;

/**
 * A page's closing "CONTACT US" block (address, telephone, e-mail, "available in other formats") belongs to the
 * page, not to what a student reads: a contact heading followed only by short lines goes, with those lines.
 */
export function withoutContactBlock(blocks: Block[]): Block[] {
  const at = blocks.findLastIndex((b) => b.kind === "heading" && CONTACT.test(b.text.trim()));
  const onlyShortLines = blocks.slice(at + 1).every((b) => wordCount(b.text) <= CONTACT_LINE_MAX_WORDS);
  return at > 0 && onlyShortLines ? blocks.slice(0, at) : blocks;
}
