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

function blocksOf(node: Node): Block[] {
  switch (node.type) {
    case "root":
    case "blockquote":
      // A quotation stays as its paragraphs; the ">" is markup, not text.
      return node.children.flatMap((c) => blocksOf(c as Node));
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
