import { fromMarkdown } from "mdast-util-from-markdown";

type MdNode = { type: string; value?: string; children?: MdNode[] };

const BLOCKS = new Set(["paragraph", "heading", "listItem", "blockquote", "code", "list"]);

function walk(node: MdNode, out: string[]) {
  if (node.type === "break") out.push("\n");
  else if (typeof node.value === "string") out.push(node.value);
  if (BLOCKS.has(node.type)) out.push("\n");
  for (const child of node.children ?? []) walk(child, out);
  if (BLOCKS.has(node.type)) out.push("\n");
}

/** The text of a Markdown fragment: emphasis and links read as their words, blocks and hard breaks as "\n". */
export function markdownToText(markdown: string): string {
  const out: string[] = [];
  walk(fromMarkdown(markdown) as MdNode, out);
  return out
    .join("")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join("\n");
}
