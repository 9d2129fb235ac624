import "server-only";
import { db } from "../db";
import type { LessonStatus } from "../generated/prisma/enums";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { idSchema } from "../classes/schema";
import { AppError } from "../errors";
import { auditDocument } from "./audit/audit";
import type { Score, StrategyScore } from "./audit/blind-scores";
import { articleSentences } from "./audit/citations";
import type { KeyStats } from "./audit/key-stats";
import { questionWarnings } from "./audit/question-check";
import { setQuestions } from "./audit/set-questions";
import type { RepeatedStem } from "./audit/stems";
import { CURATED_MAX_ADVANTAGE, DRAFT_MAX_ADVANTAGE, type Verdict } from "./audit/thresholds";
import { documentArticleSelect, documentLessonSelect, toArticleDocument } from "./export-document";
import { findUsableLessonOrThrow } from "./lesson-access";

/** Each question's audit warnings by question id; questions without any are left out. */
export type WarningsById = Record<string, string[]>;

/** One lesson's item audit: what its closed questions give away without the passage. */
export type LessonAudit = {
  /** A draft is held to the generated-draft limit (10 points over guessing), anything else to 5. */
  draft: boolean;
  verdict: Verdict;
  closedPoints: number;
  guess: Score;
  best: StrategyScore | null;
  keys: KeyStats;
  repeatedStems: RepeatedStem[];
  warnings: WarningsById;
};

// The article's text is not read: citations are article offsets, so blank lines stand in for the text before
// the passage. The sentence splitter, most of the audit's time (about 30 ms per 10,000 characters), then reads
// the passage alone, and the audit's coverage is the lesson's.
const articleWithout = { ...documentArticleSelect, text: false } as const;
const lessonAuditSelect = { ...documentLessonSelect, id: true, status: true, passageStart: true } as const;

type ArticleHead = Omit<Parameters<typeof toArticleDocument>[0], "text">;
type LessonRow = Parameters<typeof toArticleDocument>[1][number] & {
  status: LessonStatus;
  passageStart: number;
  questions: { id: string }[];
};

function auditLesson(article: ArticleHead, lesson: LessonRow): LessonAudit {
  const text = "\n".repeat(lesson.passageStart) + lesson.passage;
  const doc = toArticleDocument({ ...article, text }, [lesson]);
  const draft = lesson.status === "draft";
  const report = auditDocument(doc, { maxAdvantage: draft ? DRAFT_MAX_ADVANTAGE : CURATED_MAX_ADVANTAGE });
  const { blind } = report;
  return {
    draft,
    verdict: report.verdict,
    closedPoints: blind.closedPoints,
    guess: blind.guess,
    best: blind.best,
    keys: report.keys,
    repeatedStems: report.repeatedStems,
    // One lesson: set numbers are positions in it, from 1.
    warnings: Object.fromEntries(
      report.warnings.map((w) => [lesson.questions[w.number - 1]!.id, w.warnings]),
    ),
  };
}

/** The item audit of a lesson the teacher may use (their own or a shared one); not found for any other. */
export async function getLessonAuditOrThrow(viewer: Viewer | null, lessonId: string): Promise<LessonAudit> {
  const teacher = requireTeacher(viewer);
  const lesson = await findUsableLessonOrThrow(teacher.id, lessonId, {
    ...lessonAuditSelect,
    article: { select: articleWithout },
  });
  return auditLesson(lesson.article, lesson);
}

export type ImportAudit = {
  /** Each lesson's audit, by lesson id. */
  lessons: Record<string, LessonAudit>;
  /** Each question's warnings in the context of the whole import, so a draft that repeats another lesson's shows. */
  warnings: WarningsById;
};

/** The item audit of an import the teacher owns, for its review; not found for anyone else's. */
export async function getImportAuditOrThrow(viewer: Viewer | null, articleId: string): Promise<ImportAudit> {
  const teacher = requireTeacher(viewer);
  const id = idSchema.safeParse(articleId);
  const article = !id.success
    ? null
    : await db.article.findFirst({
        where: { id: id.data, ownerId: teacher.id },
        select: {
          ...documentArticleSelect,
          lessons: {
            where: { ownerId: teacher.id },
            orderBy: { position: "asc" },
            select: lessonAuditSelect,
          },
        },
      });
  if (!article)
    throw new AppError("not_found", "That import was not found, or you do not have access to it.");
  const set = setQuestions(toArticleDocument(article, article.lessons));
  const sentences = articleSentences(article.text);
  const rows = article.lessons.flatMap((l) => l.questions.map((q, i) => ({ id: q.id, place: i + 1, l })));
  const warnings = set.flatMap((target) => {
    // The review numbers questions within each lesson; another lesson's question is named with its lesson.
    const name = (n: number) => {
      const other = rows[n - 1]!;
      const inLesson = set[n - 1]!.lesson === target.lesson;
      return inLesson ? `question ${other.place}` : `question ${other.place} of “${other.l.title}”`;
    };
    const found = questionWarnings(target, set, sentences, name);
    return found.length > 0 ? [[rows[target.number - 1]!.id, found] as const] : [];
  });
  return {
    lessons: Object.fromEntries(article.lessons.map((l) => [l.id, auditLesson(article, l)])),
    warnings: Object.fromEntries(warnings),
  };
}
