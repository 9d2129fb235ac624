import { articleDocumentSchema, type ArticleDocument, type QuestionInput } from "../content/schema";
import { slugify } from "../slugify";
import { generateQuestions } from "./generate-questions";
import { MAX_DRAFTS_PER_LESSON, type ParsedArticle } from "./parsed-article";
import { splitSentences } from "./sentences";
import { termIndex } from "./terms";

const objectivesFor = (heading: string) => [
  `Identify the main idea of "${heading}".`,
  "Recall details of the article and cite the sentence that supports them.",
  "Explain a view presented in the article with evidence.",
];

/**
 * A lesson keeps at most MAX_DRAFTS_PER_LESSON questions spread over its passage, and its open response: the overview
 * always (it draws on the whole article), a section when a long one yields more.
 */
function spreadQuestions(all: QuestionInput[]): QuestionInput[] {
  const closed = all.filter((q) => q.type !== "open_response");
  const open = all.filter((q) => q.type === "open_response");
  const room = MAX_DRAFTS_PER_LESSON - open.length;
  const step = Math.max(1, Math.floor(closed.length / room));
  return [...closed.filter((_, i) => i % step === 0).slice(0, room), ...open];
}

/** Generates a lectern.article.v1 document: a lesson per section and an overview; parsed by the shared schema. */
export function buildDocument(article: ParsedArticle): ArticleDocument {
  const { text } = article;
  const ctx = { text, index: termIndex(splitSentences(text)) };
  const lessons = article.sections.map((s) => ({
    title: s.heading,
    objectives: objectivesFor(s.heading),
    passage: text.slice(s.start, s.end),
    questions: spreadQuestions(generateQuestions(ctx, s.start, s.end, s.heading)),
  }));
  lessons.push({
    title: `${article.title}: overview`,
    objectives: objectivesFor(article.title),
    passage: text,
    questions: spreadQuestions(generateQuestions(ctx, 0, text.length, article.title)),
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
