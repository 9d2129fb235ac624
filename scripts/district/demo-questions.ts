import type { Db } from "../../lib/db";
import { DEMO_ARTICLE_SLUG } from "../../lib/seed/demo-accounts";
import type { SeedQuestion } from "./answer-options";

/** What grading and answer drafting need of a question. */
export const seedQuestionSelect = {
  id: true,
  type: true,
  points: true,
  explanation: true,
  citationStart: true,
  citationEnd: true,
  acceptedAnswers: true,
  rejectedAnswers: true,
  choices: { orderBy: { position: "asc" }, select: { id: true, correct: true } },
  evidenceOptions: { orderBy: { position: "asc" }, select: { id: true, start: true, end: true } },
} as const;

/** The shared demo lessons (the article's four) and their current questions, as the normal seed stores them. */
export async function loadDemoLessons(db: Db): Promise<{ lessonIds: string[]; questions: SeedQuestion[] }> {
  const lessons = await db.lesson.findMany({
    where: { article: { slug: DEMO_ARTICLE_SLUG }, ownerId: null },
    orderBy: { position: "asc" },
    select: {
      id: true,
      questions: {
        where: { retiredAt: null },
        orderBy: { position: "asc" },
        select: seedQuestionSelect,
      },
    },
  });
  return { lessonIds: lessons.map((l) => l.id), questions: lessons.flatMap((l) => l.questions) };
}
