import { articleDocumentSchema, type ArticleDocument, type QuestionInput } from "../content/schema";
import { slugify } from "../slugify";
import { passAudit } from "./generate/gate";
import { evenFourOptionCount, placeKeys, seedOf } from "./generate/key-placement";
import { generateLessons } from "./generate/lessons";
import type { ParsedArticle } from "./parsed-article";

/**
 * Generates a lectern.article.v1 document: a lesson per section and an overview (lib/import/generate/), keys
 * placed by a shuffle seeded from the article, the set held to the item audit's limit for drafts; parsed by the
 * shared schema.
 */
export function buildDocument(article: ParsedArticle): ArticleDocument {
  const seed = seedOf(article.text);
  const twins = new Map<string, QuestionInput>();
  const generated = generateLessons(article, twins);
  // One shuffle over the whole set, so key positions are spread across it, not only within each lesson.
  const place = (lessons: typeof generated, attempt = 0) => {
    const placed = placeKeys(evenFourOptionCount(lessons.flatMap((l) => l.questions)), seed + attempt);
    let at = 0;
    return lessons.map((l) => ({ ...l, questions: l.questions.map(() => placed[at++]!) }));
  };
  const lessons = place(generated);
  const doc = articleDocumentSchema.parse({
    format: "lectern.article.v1",
    article: {
      slug: slugify(article.title, "article"),
      title: article.title,
      byline: article.byline,
      text: article.text,
      sections: article.sections,
    },
    lessons: lessons.filter((l) => l.questions.length > 0),
  });
  // Dropping items to pass the audit can leave key positions uneven: they are placed again and checked again,
  // and where a position habit still wins, placed by other seeds of the article before a draft is dropped.
  const replace = (d: ArticleDocument, attempt: number) => ({
    ...d,
    lessons: place(d.lessons, attempt),
  });
  const passed = passAudit(doc, replace, twins);
  return passAudit({ ...passed, lessons: place(passed.lessons) }, replace, twins);
}
