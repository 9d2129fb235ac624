import { readForGeneration } from "../../lib/import/generate/article";

/** An article of titled sections for generation tests: an introduction, then each heading on a line of its own. */
export function sectioned(intro: string, sections: [string, string][]) {
  let text = intro ? `${intro}\n\n` : "";
  const spans: { heading: string; start: number; end: number }[] = [];
  sections.forEach(([heading, body], i) => {
    const start = i === 0 ? 0 : text.length;
    text += `${heading}\n${body}\n\n`;
    spans.push({ heading, start, end: text.length });
  });
  text = text.trimEnd();
  spans[spans.length - 1]!.end = text.length;
  return readForGeneration({ title: "Test Article", byline: "", text, sections: spans });
}
