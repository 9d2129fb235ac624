import { z } from "zod";
import type { QuestionInput } from "../content/schema";
import { AppError } from "../errors";
import { buildDocument } from "./build-document";
import { ImportError, type ParsedArticle } from "./parsed-article";

/**
 * A lesson's drafts as the generator makes them now, through the same entry as an import (buildDocument: the
 * whole article, so the lesson's drafts are chosen and their keys placed among the others exactly as on import).
 * The lesson is found by its passage, and by its title where two share one (a one-section article's overview).
 */
export function generateDraftsForLesson(
  article: ParsedArticle,
  lesson: { title: string; passageStart: number; passageEnd: number },
): QuestionInput[] {
  let doc;
  try {
    doc = buildDocument(article);
  } catch (error) {
    if (error instanceof ImportError || error instanceof z.ZodError)
      throw new AppError("invalid", "Lectern could not generate drafts for this article again.");
    throw error;
  }
  const passage = article.text.slice(lesson.passageStart, lesson.passageEnd);
  const same = doc.lessons.filter((l) => l.passage === passage);
  return (same.find((l) => l.title === lesson.title) ?? same.at(-1))?.questions ?? [];
}
