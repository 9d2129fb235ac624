import { readFileSync } from "node:fs";
import { DOMParser } from "linkedom";
import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT } from "../../lib/http/unreadable-request";
import { readArticle } from "../../lib/import/read-text";
import { importFormText, slimPage } from "../../lib/import/slim-page";

const parse = (html: string) => new DOMParser().parseFromString(html, "text/html") as unknown as Document;
const page = readFileSync("tests/fixtures/articles/science-glacier.html", "utf8");

describe("a page slimmed in the browser before the import form sends it", () => {
  const slim = slimPage(page, parse);
  it("fits in a server action however large its scripts and styles were", () => {
    expect(Buffer.byteLength(page)).toBeGreaterThan(500 * 1024);
    expect(Buffer.byteLength(slim)).toBeLessThan(ACTION_BODY_LIMIT / 20);
    expect(slim).not.toMatch(/<style|window\.__chunk/);
    expect(slim).toContain("application/ld+json");
  });
  it("reads as the whole page does: same title, byline, text and sections", () => {
    expect(readArticle(slim, "html")).toEqual(readArticle(page, "html"));
  });
  it("drops embedded images and style attributes", () => {
    const html = `<p style="color:red">Hi <img src="data:image/png;base64,${"A".repeat(5000)}" alt="x"></p>`;
    expect(slimPage(html, parse)).not.toMatch(/base64|style=/);
  });
});

describe("what the import form sends", () => {
  it("a large page slimmed, text as it is, and a message naming the size when even that is too large", () => {
    expect(importFormText(page, "html", parse).text).toBe(slimPage(page, parse));
    expect(importFormText(page, "html", parse).error).toBeUndefined();
    expect(importFormText("<p>Plain <b>page</b></p>", "html", parse).text).toBe("<p>Plain <b>page</b></p>");
    const dense = `<html><body><script>x</script>${"<p>Words of the article. </p>".repeat(40_000)}</body></html>`;
    expect(importFormText(dense, "html", parse).error).toMatch(
      /^Even without its scripts and styles, this page is 1,1\d\d KB, more than the 1 MB the form can send/,
    );
    expect(importFormText("word ".repeat(250_000), "text", parse).error).toMatch(/^This article is 1,221 KB/);
  });
});
