import {
  ImportError,
  MAX_INPUT_BYTES,
  MAX_SECTIONS,
  TOO_LARGE_INPUT,
  type InputKind,
  type ParsedArticle,
} from "./parsed-article";
import { PASSAGE_MAX } from "../content/schema";
import { bylineOfLine, labelledBylineOfLine } from "./article-meta";
import { isFurniture, withoutDateline, withoutPageSentences } from "./page-furniture";
import { readHtml } from "./read-html";
import { withoutSignOffs } from "./sign-offs";
import { markdownBlocks } from "./read-markdown";
import { questionHeadings, withoutContactBlock, withoutLetterhead } from "./plain-structure";
import { withoutRepeatedQuotes } from "./repeated-quotes";

/**
 * A paragraph-level piece of the input: a heading or a paragraph of prose. A heading's `level` (1 for `#` or
 * <h1>) is known in Markdown and HTML; plain text shows no levels.
 */
export type Block = { kind: "heading" | "paragraph"; text: string; level?: number };
/** What a reader finds: the title and byline ("" when it found none) and the article's blocks without them. */
export type Extracted = { title: string; byline: string; blocks: Block[] };
const MIN_WORDS = 40;
// Leaves room for ": overview" within a lesson title.
const TITLE_MAX = 150;

const firstWords = (text: string, words: number) =>
  `${text
    .split(/\s+/)
    .slice(0, words)
    .join(" ")
    .slice(0, TITLE_MAX - 2)} …`;

/** Short, title-case, without final period: how headings look in plain text such as the shared article. */
function looksLikeHeading(line: string): boolean {
  const words = line.split(/\s+/);
  if (words.length > 14 || /[.!?,;]$/.test(line)) return false;
  const significant = words.filter((w) => w.length > 3);
  return significant.length > 0 && significant.every((w) => /^[A-Z0-9"'“(]/.test(w));
}

function plainBlocks(raw: string): Block[] {
  return withoutContactBlock(
    questionHeadings(
      withoutLetterhead(raw.split(/\n\s*\n/).filter((p) => p.trim()))
        // A title with its byline on the next line ("Interview by Ann Lee") is two blocks.
        .flatMap((p) => {
          const lines = p.trim().split(/\s*\n\s*/);
          return lines.length === 2 && bylineOfLine(lines[1]!) ? lines : [p];
        })
        // A line the page adds (a transcript's release line, a headnote) goes before the lines are joined, or it runs
        // into the next ("… 14 March Transcript released by …"); only a whole line, so hard-wrapped prose keeps a line
        // that merely opens like one ("read more at home…" after "children who").
        .map((p) => {
          const lines = p.trim().split(/\s*\n\s*/);
          const whole = (i: number) =>
            (i === 0 || /[.!?:"”)]$/.test(lines[i - 1]!)) &&
            (i === lines.length - 1 || /[.!?"”)]$/.test(lines[i]!) || /^[A-Z]/.test(lines[i + 1]!));
          return lines
            .filter((line, i) => !(whole(i) && (isFurniture(line) || withoutPageSentences(line) === "")))
            .join(" ")
            .trim();
        })
        .filter(Boolean)
        .map((text): Block => ({ kind: looksLikeHeading(text) ? "heading" : "paragraph", text })),
    ),
  );
}

/**
 * Text and markdown name their article in the first block (or, when that is too long for a title, its first words
 * stand in and it stays in the text) and its author in a "By …" line after it.
 */
function titleAndByline(input: Block[], knownByline = ""): Extracted {
  const blocks = [...input];
  if (blocks.length === 0) throw new ImportError("The article is empty.");
  const opening = blocks[0]!.text.replace(/^#+\s*/, "");
  const title = opening.length <= TITLE_MAX ? (blocks.shift(), opening) : firstWords(opening, 12);
  const byline = knownByline || (blocks[0] ? bylineOfLine(blocks[0].text) : null);
  if (byline && !knownByline) blocks.shift();
  // Below a standfirst, a byline line needs its labels to be told from a sentence.
  const below = blocks.findIndex((b, i) => i <= 2 && b.kind === "paragraph" && labelledBylineOfLine(b.text));
  const late = below >= 0 && blocks.slice(0, below).every((b) => b.kind === "paragraph") ? below : -1;
  const lateByline = late >= 0 ? labelledBylineOfLine(blocks.splice(late, 1)[0]!.text) : null;
  if (isSubtitle(blocks[0], blocks[1])) blocks.shift();
  return { title, byline: byline || lateByline || "", blocks };
}

const SUBTITLE_MAX_WORDS = 12;
const LIST_ITEM = /^(?:•|\d+\.)\s/;

/**
 * A line under the title that names where the text comes from ("Museum of the Wendle Valley, Gallery 3 exhibit
 * guide"; a textbook's unit and book): short, no sentence (no final stop) and no heading, with the story's prose
 * or its first heading right after it. The sixth review found one opening a passage; the tenth, a textbook's.
 */
function isSubtitle(block: Block | undefined, next: Block | undefined): boolean {
  return (
    block?.kind === "paragraph" &&
    (next?.kind === "heading" || (next?.kind === "paragraph" && /[.!?]["”’)]?$/.test(next.text))) &&
    block.text.split(/\s+/).length <= SUBTITLE_MAX_WORDS &&
    !/[.!?:;"”’)]$/.test(block.text) &&
    !LIST_ITEM.test(block.text)
  );
}

/**
 * Reads pasted or uploaded input into title, byline, text and sections. The stored text keeps the section
 * headings (as the shared article does) so sections are spans of it; the unheaded introduction belongs to the
 * first section.
 */
export function readArticle(input: string, kind: InputKind): ParsedArticle {
  if (!input.trim()) throw new ImportError("The article is empty.");
  if (Buffer.byteLength(input, "utf8") > MAX_INPUT_BYTES) throw new ImportError(TOO_LARGE_INPUT);
  // Stray NUL characters come with text copied out of some PDFs and word processors; PostgreSQL cannot store them.
  const raw = input.replaceAll("\u0000", "");
  const found =
    kind === "html"
      ? readHtml(raw)
      : titleAndByline(
          // Text copied out of a web page brings its share, newsletter and "Related" lines along.
          (kind === "markdown"
            ? markdownBlocks(raw.replace(/\r\n?/g, "\n"))
            : plainBlocks(raw.replace(/\r\n?/g, "\n"))
          ).filter((b) => !isFurniture(b.text)),
        );
  const { title, byline, blocks: read } = found.title ? found : titleAndByline(found.blocks, found.byline);
  // Whatever the format, an editor's note or a sign-up pitch can sit inside a paragraph of the story.
  // A letter's or a reply's sign-off is no heading and no sentence, and the letters page's footer goes first.
  const blocks = withoutSignOffs(
    withoutRepeatedQuotes(
      read
        .map((b) => (b.kind === "paragraph" ? { ...b, text: withoutPageSentences(b.text) } : b))
        .filter((b) => b.text),
    ),
  );
  // "ASHBURY — After three public meetings…": a dateline's place before the story's first sentence, in any format.
  const lede = blocks.find((b) => b.kind === "paragraph");
  if (lede) lede.text = withoutDateline(lede.text);
  const prose = blocks
    .filter((b) => b.kind === "paragraph")
    .map((b) => b.text)
    .join(" ");
  const words = prose.split(/\s+/).filter(Boolean);
  if (words.length < MIN_WORDS)
    throw new ImportError(`The article is too short: at least ${MIN_WORDS} words of prose are needed.`);
  const letters = prose.replace(/[^A-Za-z]/g, "").length;
  if (letters / prose.length < 0.6 || !/[.!?]/.test(prose))
    throw new ImportError("The text does not look like prose: it has too few sentences.");

  let text = "";
  const headings: { heading: string; start: number; level?: number }[] = [];
  for (const block of blocks) {
    if (text) text += "\n\n";
    if (block.kind === "heading")
      headings.push({
        heading: block.text,
        start: text.length,
        ...(block.level ? { level: block.level } : {}),
      });
    text += block.text;
  }
  // The overview lesson's passage is the whole text.
  if (text.length > PASSAGE_MAX)
    throw new ImportError(
      `The article's text is ${text.length.toLocaleString("en-US")} characters long, more than the ${PASSAGE_MAX.toLocaleString("en-US")} characters a lesson can hold: import it in parts.`,
    );
  if (headings.length === 0)
    return { title, byline, text, sections: [{ heading: title.slice(0, 200), start: 0, end: text.length }] };
  // Past MAX_SECTIONS headed parts, every `step` consecutive parts are one section; their headings stay in its text.
  const step = Math.ceil(headings.length / MAX_SECTIONS);
  const kept = headings.filter((_, i) => i % step === 0);
  const sections = kept.map((h, i) => ({
    heading: h.heading.slice(0, 200),
    start: i === 0 ? 0 : h.start,
    end: (kept[i + 1]?.start ?? text.length + 2) - 2,
    ...(h.level ? { level: h.level } : {}),
  }));
  return { title, byline, text, sections, ...(step > 1 ? { headedParts: headings.length } : {}) };
}

export function kindFromFileName(name: string): InputKind {
  const ext = name.toLowerCase().split(".").pop();
  if (ext === "txt") return "text";
  if (ext === "md" || ext === "markdown") return "markdown";
  if (ext === "html" || ext === "htm") return "html";
  throw new ImportError(`Unsupported file type ".${ext}": use .txt, .md or .html.`);
}
