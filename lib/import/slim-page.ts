import { ACTION_BODY_LIMIT } from "../http/unreadable-request";

/**
 * A web page without what no article needs: scripts (but its JSON-LD metadata, which names headline and author),
 * styles, inline SVG, frames, embedded images and style attributes. Runs in the browser before the import form
 * sends a page: real pages run to several MB, mostly scripts and styles, and server actions accept 1 MB
 * (lib/http/unreadable-request.ts).
 *
 * Why here and not a higher server-action limit: that limit is one setting for every action of the app (autosave,
 * submit...), checked again by proxy.ts, and raising it to 5 MB for one form would let any action be sent 5 MB;
 * a slimmed page is also what the teacher sees and can edit in the form. The server reads full pages too (the CLI,
 * up to MAX_INPUT_BYTES) and drops the same elements itself.
 */
export const PAGE_FURNITURE =
  "script:not([type='application/ld+json']), style, noscript, template, svg, iframe, link, object, embed, canvas";

/** `parse` is the browser's DOMParser (linkedom's in tests). */
export function slimPage(html: string, parse: (html: string) => Document): string {
  const document = parse(html);
  for (const el of [...document.querySelectorAll(PAGE_FURNITURE)]) el.remove();
  for (const el of [...document.querySelectorAll("[style], [srcset], img[src^='data:']")]) {
    el.removeAttribute("style");
    el.removeAttribute("srcset");
    if (el.getAttribute("src")?.startsWith("data:")) el.removeAttribute("src");
  }
  return `<!doctype html>\n${document.documentElement.outerHTML}`;
}

// Room for the form's other fields and the multipart encoding within the 1 MB an action accepts.
const FORM_TEXT_LIMIT = ACTION_BODY_LIMIT - 64 * 1024;

/**
 * What the import form sends for an article: an HTML page slimmed, and a message when even that is more than an
 * action accepts.
 */
export function importFormText(
  text: string,
  kind: string,
  parse: (html: string) => Document,
): { text: string; error?: string } {
  const sent = kind === "html" && /<(?:script|style|svg)\b/i.test(text) ? slimPage(text, parse) : text;
  const bytes = new TextEncoder().encode(sent).length;
  if (bytes <= FORM_TEXT_LIMIT) return { text: sent };
  const size = `${Math.ceil(bytes / 1024).toLocaleString("en-US")} KB`;
  const what = kind === "html" ? "Even without its scripts and styles, this page is" : "This article is";
  return {
    text: sent,
    error: `${what} ${size}, more than the 1 MB the form can send: save the article's text as .txt or .md, or import it with the command line (npm run cli -- import-article).`,
  };
}
