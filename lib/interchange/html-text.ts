import { parseHTML } from "linkedom";

const BLOCKS = new Set([
  "P",
  "DIV",
  "LI",
  "TR",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "BLOCKQUOTE",
  "PRE",
  "UL",
  "OL",
]);

type Node = { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<Node> };

function walk(node: Node, out: string[]) {
  if (node.nodeType === 3) {
    out.push((node.textContent ?? "").replace(/\s+/g, " "));
    return;
  }
  if (node.nodeName === "BR") {
    out.push("\n");
    return;
  }
  const block = BLOCKS.has(node.nodeName);
  if (block) out.push("\n");
  for (const child of Array.from(node.childNodes)) walk(child, out);
  if (block) out.push("\n");
}

/** The text of an HTML fragment, its line breaks (<br>, paragraphs, list items) kept as "\n". */
export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const out: string[] = [];
  walk(document.body as unknown as Node, out);
  return out
    .join("")
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n{2,}/g, "\n")
    .trim();
}
