import { parseHTML } from "linkedom";
import type { Block } from "./read-text";

const NOT_ARTICLE = "script, style, nav, header, footer, aside, form, noscript, template";

/**
 * HTML to headings and paragraphs with a real HTML parser (linkedom): the <article> (or <main>, or <body>)
 * without scripts, styles, navigation, headers, footers and asides.
 */
export function htmlToBlocks(html: string): Block[] {
  const { document } = parseHTML(html);
  for (const el of [...document.querySelectorAll(NOT_ARTICLE)]) el.remove();
  const container = document.querySelector("article") ?? document.querySelector("main") ?? document.body;
  const blocks: Block[] = [];
  for (const el of [...(container?.querySelectorAll("h1, h2, h3, h4, h5, h6, p, li, blockquote") ?? [])]) {
    // A paragraph inside a list item or quote is read once, as the inner element.
    if (el.querySelector("p, li, blockquote")) continue;
    const text = (el.textContent ?? "").replace(/\s+/g, " ").trim();
    if (!text) continue;
    blocks.push({ kind: /^H[1-6]$/.test(el.tagName) ? "heading" : "paragraph", text });
  }
  // Without an <h1>, the document's <title> names the article.
  const title = document.querySelector("title")?.textContent?.trim();
  if (blocks[0]?.kind !== "heading" && title) blocks.unshift({ kind: "heading", text: title });
  return blocks;
}
