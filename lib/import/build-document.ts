import { articleDocumentSchema, type ArticleDocument, type QuestionInput } from "../content/schema";
import { slugify } from "../slugify";
import { generateQuestions } from "./generate-questions";
import type { ParsedArticle } from "./parsed-article";
import { splitSentences } from "./sentences";
import { termIndex } from "./terms";

const objectivesFor = (heading: string) => [
  `Identify the main idea of "${heading}".`,
  "Recall details of the article and cite the sentence that supports them.",
  "Explain a view presented in the article with evidence.",
];

/** The overview keeps a dozen questions spread over the article, and its open response. */
function overviewQuestions(all: QuestionInput[]): QuestionInput[] {
  const closed = all.filter((q) => q.type !== "open_response");
  const step = Math.max(1, Math.floor(closed.length / 11));
  return [
    ...closed.filter((_, i) => i % step === 0).slice(0, 11),
    ...all.filter((q) => q.type === "open_response"),
  ];
}

/** Generates a lectern.article.v1 document: a lesson per section and an overview; parsed by the shared schema. */
export function buildDocument(article: ParsedArticle): ArticleDocument {
  const { text } = article;
  const ctx = { text, index: termIndex(splitSentences(text)) };
  const lessons = article.sections.map((s) => ({
    title: s.heading,
    objectives: objectivesFor(s.heading),
    passage: text.slice(s.start, s.end),
    questions: generateQuestions(ctx, s.start, s.end, s.heading),
  }));
  lessons.push({
    title: `${article.title}: overview`,
    objectives: objectivesFor(article.title),
    passage: text,
    questions: overviewQuestions(generateQuestions(ctx, 0, text.length, article.title)),
  });
  return articleDocumentSchema.parse({
    format: "lectern.article.v1",
    article: {
      slug: slugify(article.title, "article"),
      title: article.title,
      byline: article.byline,
      text,
      sections: article.sections,
    },
    lessons: lessons.filter((l) => l.questions.length > 0),
  });
}
