import type { Sentence } from "./analysis";
import type { Article } from "./article";

/** Where a sentence stands, as a student names it: its section, or the introduction before the first heading. */
export function whereIs(article: Article, s: Sentence): string {
  const section = article.sections.find((x) => s.start >= x.start && s.end <= x.end);
  // A headingless part runs over several paragraphs, and its opening words can sit far from the sentence (the
  // fifth review: a proposal cited to the part that begins with an objection): the paragraph is named instead.
  if (section?.introduction && section.index > 0) {
    const opener = article.sentences.findLast((x) => x.opensParagraph && x.index <= s.index) ?? s;
    return `In the paragraph that begins "${opener.text
      .split(" ")
      .slice(0, 6)
      .join(" ")
      .replace(/[,;:.]$/, "")}…"`;
  }
  if (!section || section.introduction || s.start < section.bodyStart) return "At the start of the article";
  return `In the section "${section.heading}"`;
}

/**
 * A sentence named by its opening words (up to a comma after the fourth word, else six words), the way a teacher
 * finds it on the page: a guide that quoted whole sentences read as an answer copied from the text.
 */
export function opening(s: Sentence): string {
  const words = s.text.split(/\s+/);
  const comma = words.findIndex((w, i) => i >= 3 && i < 6 && /,$/.test(w));
  const kept = words
    .slice(0, comma >= 0 ? comma + 1 : 6)
    .join(" ")
    .replace(/[,;:.]$/, "");
  return kept.length < s.text.replace(/[.!?]$/, "").length ? `${kept}…` : kept;
}
