import type { ParsedArticle } from "../../lib/import/parsed-article";

/** An article of titled sections after an introduction (which may be empty), each heading on a line of its own. */
export function sectioned(title: string, intro: string, sections: [string, string][]): ParsedArticle {
  let text = intro ? `${intro}\n\n` : "";
  const spans: { heading: string; start: number; end: number }[] = [];
  sections.forEach(([heading, body], i) => {
    const start = i === 0 ? 0 : text.length;
    text += `${heading}\n\n${body}\n\n`;
    spans.push({ heading, start, end: text.length - 2 });
  });
  text = text.trimEnd();
  spans[spans.length - 1]!.end = text.length;
  return { title, byline: "", text, sections: spans };
}
