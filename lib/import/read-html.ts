import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import {
  bylineOfLine,
  cleanByline,
  labelledBylineOfLine,
  otherParts,
  sameTitle,
  startsWithTitle,
  withoutSiteName,
} from "./article-meta";
import { isFurniture, withoutDateline } from "./page-furniture";
import type { Block, Extracted } from "./read-text";
import { PAGE_FURNITURE } from "./slim-page";

type Doc = ReturnType<typeof parseHTML>["document"];
type El = NonNullable<ReturnType<Doc["querySelector"]>>;

const NOT_ARTICLE = "script, style, nav, header, footer, aside, form, noscript, template";
const BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, dd, tr";
/** A table's cells on one line each row, so a data table stays in the passage as text ("Goals · 3 · 2"). */
const CELL_SEPARATOR = " · ";
const BYLINE_ELEMENTS =
  "[rel='author'], [itemprop='author'], .byline, .author, .author-name, .byline-name, address, [class*='byline']";
const KICKER_ELEMENTS =
  ".kicker, .eyebrow, .overline, .section-label, .cat-links, .category, [class*='kicker']";

const oneLine = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, " ").trim();

/** schema.org objects of the page's JSON-LD, flattened out of arrays and @graph. */
function jsonLd(document: Doc): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === "object") {
      out.push(v as Record<string, unknown>);
      visit((v as Record<string, unknown>)["@graph"]);
    }
  };
  for (const script of [...document.querySelectorAll("script[type='application/ld+json']")]) {
    try {
      visit(JSON.parse(script.textContent ?? ""));
    } catch {
      // A page's broken metadata is no reason to refuse its article.
    }
  }
  return out;
}

const nameOf = (v: unknown): string[] =>
  Array.isArray(v)
    ? v.flatMap(nameOf)
    : typeof v === "string"
      ? [v]
      : v && typeof v === "object" && typeof (v as { name?: unknown }).name === "string"
        ? [(v as { name: string }).name]
        : [];

/** What the page says about itself: headline and author from JSON-LD and meta tags, the site's names. */
function pageMetadata(document: Doc) {
  const meta = (selector: string) => oneLine(document.querySelector(selector)?.getAttribute("content"));
  const ld = jsonLd(document).filter((o) => typeof o.headline === "string" || o.author);
  const siteNames = [
    meta("meta[property='og:site_name']"),
    ...jsonLd(document).flatMap((o) => nameOf(o.publisher)),
  ].filter(Boolean);
  const authors = ld
    .flatMap((o) => nameOf(o.author))
    .map(oneLine)
    .filter(Boolean);
  return {
    headline: oneLine(ld.map((o) => o.headline).find((h): h is string => typeof h === "string")),
    ogTitle: meta("meta[property='og:title']") || meta("meta[name='twitter:title']"),
    pageTitle: oneLine(document.querySelector("title")?.textContent),
    author: [...new Set(authors)].join(" and ") || meta("meta[name='author']"),
    siteNames,
  };
}

/**
 * The headline: the page's h1 when the metadata agrees, else the metadata's headline (JSON-LD, then og:title)
 * without the site's name, else the first h1, else <title>. A kicker ("Local News") is never the article's h1, and a
 * <title> that only names the site loses to the h1.
 */
function findTitle(document: Doc, meta: ReturnType<typeof pageMetadata>): string {
  const strip = (t: string) => (t ? withoutSiteName(t, meta.siteNames) : "");
  const named = [meta.headline, meta.ogTitle, meta.pageTitle].map(strip);
  // What the page's metadata says beside the headline ("Headline - Section - Site") names the site, not the story.
  const sites = [
    ...meta.siteNames,
    ...named.flatMap((t, i) => (t ? [otherParts(t, [meta.headline, meta.ogTitle, meta.pageTitle][i]!)] : [])),
  ];
  const h1s = [...document.querySelectorAll("h1")]
    .map((h) => oneLine(h.textContent))
    .filter((h) => h && !sites.some((site) => site && sameTitle(h, site)));
  const agreed = h1s.find((h) => named.some((t) => t && (sameTitle(h, t) || startsWithTitle(t, h))));
  return agreed ?? (named[0] || named[1] || h1s[0] || named[2] || "");
}

/** The author's name: JSON-LD, meta author, then the page's byline elements, then Readability's guess. */
function findByline(document: Doc, metaAuthor: string): string {
  const fromMeta = cleanByline(metaAuthor);
  if (fromMeta) return fromMeta;
  for (const el of [...document.querySelectorAll(BYLINE_ELEMENTS)]) {
    // The innermost named element: the link in "by <a rel=author>Ann Lee</a>", the name in a byline box.
    const inner = el.querySelector("[rel='author'], [itemprop='name'], .fn, .author-name");
    const name = cleanByline(oneLine((inner ?? el).textContent));
    if (name) return name;
  }
  return "";
}

/** A list item keeps its number ("2.") or a bullet, so a list reads as one in the plain-text passage. */
function listMarker(li: El): string {
  const list = li.parentElement;
  if (list?.tagName !== "OL") return "• ";
  const start = Number(list.getAttribute("start") ?? "1") || 1;
  const items = [...list.children].filter((c) => c.tagName === "LI");
  return `${start + items.indexOf(li)}. `;
}

function blocksOf(container: El): Block[] {
  for (const el of [...container.querySelectorAll("figure, figcaption, .caption, .wp-caption-text")])
    el.remove();
  const blocks: Block[] = [];
  for (const el of [...container.querySelectorAll(BLOCKS)]) {
    // A paragraph inside a list item, quote or table cell is read once, as the inner element (a layout table's
    // rows are no data).
    if (el.querySelector("p, li, blockquote, pre, table")) continue;
    const text =
      el.tagName === "TR"
        ? [...el.children]
            .map((c) => oneLine(c.textContent))
            .filter(Boolean)
            .join(CELL_SEPARATOR)
        : oneLine(el.textContent);
    if (!text) continue;
    const heading = /^H[1-6]$/.test(el.tagName);
    // "<li><p>Plan.</p></li>": the item's number goes on its first paragraph.
    const parent = el.parentElement;
    const item =
      el.tagName === "LI" ? el : parent?.tagName === "LI" && parent.firstElementChild === el ? parent : null;
    const words = item ? listMarker(item) + text : text;
    blocks.push(
      heading
        ? { kind: "heading", text: words, level: Number(el.tagName[1]) }
        : { kind: "paragraph", text: words },
    );
  }
  // Text with no paragraph markup at all (plain text pasted as HTML) is one paragraph.
  const loose = oneLine(container.textContent);
  return blocks.length === 0 && loose ? [{ kind: "paragraph", text: loose }] : blocks;
}

/** Without Readability's verdict (too little text for it), the <article>, <main> or <body> without chrome. */
function fallbackBlocks(document: Doc): Block[] {
  for (const el of [...document.querySelectorAll(NOT_ARTICLE)]) el.remove();
  const container = document.querySelector("article") ?? document.querySelector("main") ?? document.body;
  return container ? blocksOf(container) : [];
}

/** Readability's article, or null when it finds none or fails on the page (then fallbackBlocks reads it). */
function readability(document: Doc) {
  try {
    return new Readability(document as unknown as Document, { charThreshold: 300 }).parse();
  } catch {
    return null;
  }
}

const isProse = (b: Block) => b.kind === "paragraph" && b.text.split(" ").length >= 12;
const KICKER_WORDS = 4;

/**
 * The lines above the story's first sentence hold what the page puts around a headline: a "By …" line, and a
 * kicker ("Local News") as a short heading with no text of its own (followed by another heading or the byline).
 * A heading that opens a section of prose stays.
 */
function splitHead(blocks: Block[]) {
  const firstProse = Math.max(0, blocks.findIndex(isProse));
  const isKicker = (b: Block, next: Block | undefined) =>
    b.kind === "heading" &&
    b.text.split(" ").length <= KICKER_WORDS &&
    next !== undefined &&
    (next.kind === "heading" || bylineOfLine(next.text) !== null);
  // Below a standfirst (prose), only a labelled byline ("By Ann Lee · Obituaries · 3 November 2026") is told apart.
  const dropped = blocks.filter(
    (b, i) =>
      (i < firstProse && (bylineOfLine(b.text) !== null || isKicker(b, blocks[i + 1]))) ||
      (i <= firstProse + 1 && b.kind === "paragraph" && labelledBylineOfLine(b.text) !== null),
  );
  return { head: dropped, body: blocks.filter((b) => !dropped.includes(b)) };
}

/** A reference's mark in the text ("[4]", "[a]", "[citation needed]", "[note 2]"): no part of the sentence. */
const REFERENCE_MARK =
  /^\s*\[\s*(?:\d{1,3}|[a-z]|note \d{1,3}|citation needed|clarification needed|when\?|who\?)\s*\]\s*$/i;

/**
 * An encyclopedia page's frame: its reference marks and "[edit]" links, its infobox (a table of the facts the text
 * states, each row read as a paragraph), hatnote and navigation box. Left in, "[4]" opened four quoted sentences of
 * the eleventh review's wiki page ("[4] Engineers considered three valleys…"), and the infobox opened its text.
 */
function dropEncyclopediaFrame(document: Doc) {
  for (const el of [
    ...document.querySelectorAll("table.infobox, .hatnote, .navbox, .mw-editsection, .editsection"),
  ])
    el.remove();
  for (const el of [...document.querySelectorAll("sup")])
    if (REFERENCE_MARK.test(el.textContent ?? "")) el.remove();
}

/**
 * An HTML page to title, byline and blocks: Readability (over linkedom) finds the article, and Lectern's rules
 * drop what it leaves of the page (kicker, repeated headline, byline, dateline, share, newsletter and related
 * lines, captions, corrections: lib/import/page-furniture.ts).
 */
export function readHtml(html: string) {
  // linkedom builds no <body> for a fragment (a pasted part of a page), and Readability needs one.
  const page = /<body[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  const { document } = parseHTML(page);
  for (const el of [...document.querySelectorAll(PAGE_FURNITURE)]) el.remove();
  dropEncyclopediaFrame(document);
  const meta = pageMetadata(document);
  const kickers = new Set([...document.querySelectorAll(KICKER_ELEMENTS)].map((k) => oneLine(k.textContent)));
  const title = findTitle(document, meta);
  const byline = findByline(document, meta.author);
  const found = readability(document);
  let blocks: Block[];
  if (found?.content) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${found.content}</body></html>`);
    blocks = blocksOf(content.body);
  } else blocks = fallbackBlocks(parseHTML(page).document);
  const kept = blocks.filter(
    (b) =>
      !kickers.has(b.text) &&
      !sameTitle(b.text, title) &&
      !isFurniture(b.text) &&
      !(byline && b.text.length < byline.length + 40 && cleanByline(b.text) === byline),
  );
  const { head, body } = splitHead(kept);
  // "PORT ALDER — The ferry…": the dateline's place goes with the rest of the dateline.
  const first = body.find((b) => b.kind === "paragraph");
  if (first) first.text = withoutDateline(first.text);
  const headByline = head.map((b) => bylineOfLine(b.text)).find(Boolean);
  return {
    title: title || oneLine(found?.title) || "",
    byline: byline || headByline || cleanByline(found?.byline ?? ""),
    blocks: body,
  } satisfies Extracted;
}
