import { fromMarkdown } from "mdast-util-from-markdown";
import type { Block } from "./read-text";

type Root = ReturnType<typeof fromMarkdown>;
type Node = Root | Root["children"][number];

const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();

/** The words a student reads: links, emphasis and code as their text; images and raw HTML left out. */
function inlineText(node: Node): string {
  if (node.type === "image" || node.type === "imageReference" || node.type === "html") return "";
  if (node.type === "break") return " ";
  if ("value" in node) return node.value;
  if ("children" in node) return node.children.map((c) => inlineText(c as Node)).join("");
  return "";
}

/**
 * A definition list's line break and colon ("**Shortage**" then ": The amount…", Markdown Extra's syntax, which
 * CommonMark reads as one paragraph) read as "Shortage: The amount…", not "Shortage : The amount…".
 */
const definitionJoined = (text: string) => text.replace(/:?[ \t]*\n:[ \t]+/g, ": ");

/** Each item a line of its own with its number ("2. ") or a bullet, nested lists after their item. */
function listBlocks(list: Extract<Node, { type: "list" }>): Block[] {
  return list.children.flatMap((item, i) => {
    const marker = list.ordered ? `${(list.start ?? 1) + i}. ` : "• ";
    const words = item.children.filter((c) => c.type !== "list");
    const text = oneLine(words.map((c) => inlineText(c as Node)).join(" "));
    const nested = item.children.flatMap((c) => (c.type === "list" ? listBlocks(c) : []));
    return [...(text ? [{ kind: "paragraph" as const, text: marker + text }] : []), ...nested];
  });
}

type Paragraph = Extract<Node, { type: "paragraph" }>;
const isImage = (n: Node) => n.type === "image" || n.type === "imageReference";
const isBlank = (n: Node) => n.type === "text" && !n.value.trim();

/** A paragraph of pictures alone: "![Halloran on the quay](quay.jpg)". */
const imageOnly = (p: Paragraph) =>
  p.children.some(isImage) && p.children.every((c) => isImage(c) || isBlank(c));

/** A paragraph set wholly in italics or bold: "*Halloran on the quay in 1991.*" */
const emphasisOnly = (p: Paragraph) =>
  p.children.some((c) => c.type === "emphasis" || c.type === "strong") &&
  p.children.every((c) => c.type === "emphasis" || c.type === "strong" || isBlank(c));

/**
 * A picture's caption, which goes with the picture: the lines after an image in its own paragraph, or an italic
 * paragraph right under an image-only one. The eleventh review found an obituary's caption and photo credit kept
 * as its third paragraph.
 */
function isCaption(node: Node, before: Node | undefined): boolean {
  if (node.type !== "paragraph") return false;
  if (before?.type === "paragraph" && imageOnly(before) && emphasisOnly(node)) return true;
  const first = node.children.findIndex((n) => !isBlank(n));
  const lineAfter = node.children[first + 1];
  return (
    first >= 0 &&
    isImage(node.children[first]!) &&
    ((lineAfter?.type === "text" && /^[ \t]*\n/.test(lineAfter.value)) || lineAfter?.type === "break")
  );
}

function blocksOf(node: Node): Block[] {
  switch (node.type) {
    case "root":
    case "blockquote":
      // A quotation stays as its paragraphs; the ">" is markup, not text.
      return node.children.filter((c, i) => !isCaption(c, node.children[i - 1])).flatMap(blocksOf);
    case "heading":
      return [{ kind: "heading", text: oneLine(inlineText(node)), level: node.depth }];
    case "list":
      return listBlocks(node);
    case "paragraph":
      return [{ kind: "paragraph", text: oneLine(definitionJoined(inlineText(node))) }];
    case "code":
    case "table":
      return [{ kind: "paragraph", text: oneLine(inlineText(node)) }];
    default:
      // Thematic breaks, definitions, raw HTML blocks.
      return [];
  }
}

/** Markdown through a real parser (mdast-util-from-markdown, CommonMark): headings, paragraphs, lists, quotes. */
export function markdownBlocks(raw: string): Block[] {
  return blocksOf(fromMarkdown(raw)).filter((b) => b.text);
}
