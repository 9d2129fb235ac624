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
