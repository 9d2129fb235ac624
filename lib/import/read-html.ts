import type { Block } from "./read-text";

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  rsquo: "’",
  lsquo: "‘",
  ldquo: "“",
  rdquo: "”",
  mdash: "—",
  ndash: "–",
};

function decode(s: string): string {
  return s
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&([a-z]+);/gi, (m, name: string) => ENTITIES[name.toLowerCase()] ?? m);
}

/**
 * HTML to headings and paragraphs. linkedom/readability were not installed, so this keeps to what articles need:
 * the <article> (or <main>, or <body>) without scripts, styles, navigation, headers, footers and asides.
 */
export function htmlToBlocks(html: string): Block[] {
  let body = html.replace(/<!--[\s\S]*?-->/g, "");
  body = body.replace(/<(script|style|nav|header|footer|aside|form|noscript|template)\b[\s\S]*?<\/\1>/gi, "");
  const titleTag = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(body)?.[1];
  const container =
    /<article\b[^>]*>([\s\S]*?)<\/article>/i.exec(body) ??
    /<main\b[^>]*>([\s\S]*?)<\/main>/i.exec(body) ??
    /<body\b[^>]*>([\s\S]*?)<\/body>/i.exec(body);
  const inner = container?.[1] ?? body;
  const blocks: Block[] = [];
  const re = /<(h[1-6]|p|li|blockquote)\b[^>]*>([\s\S]*?)<\/\1>/gi;
  for (let m = re.exec(inner); m; m = re.exec(inner)) {
    const text = decode((m[2] ?? "").replace(/<[^>]+>/g, ""))
      .replace(/\s+/g, " ")
      .trim();
    if (!text) continue;
    blocks.push({ kind: (m[1] ?? "").toLowerCase().startsWith("h") ? "heading" : "paragraph", text });
  }
  // Without an <h1>, the document's <title> names the article.
  if (blocks[0]?.kind !== "heading" && titleTag)
    blocks.unshift({ kind: "heading", text: decode(titleTag).trim() });
  return blocks;
}
