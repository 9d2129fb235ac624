import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AboutArticle } from "../../components/lesson/about-article";

const render = (about: string | null) => renderToStaticMarkup(createElement(AboutArticle, { about }));

describe("AboutArticle", () => {
  it("is an aside named by its heading, with one paragraph per block of the note", () => {
    const html = render("Genre: opinion.\n\nWhat it covers: his first term.");
    expect(html).toMatch(/^<aside aria-labelledby="about-article-heading"/);
    expect(html).toMatch(/<h2 id="about-article-heading"[^>]*>About this article<\/h2>/);
    expect(html.match(/<p /g)).toHaveLength(2);
    expect(html).toContain("What it covers: his first term.");
  });

  it("renders nothing for an article without a note", () => {
    expect(render(null)).toBe("");
    expect(render("")).toBe("");
  });
});
