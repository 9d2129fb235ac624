import "server-only";
import { z } from "zod";
import type { Viewer } from "../auth/viewer-types";
import { db } from "../db";
import { parseInput } from "../forms/parse";
import { readAikenFile } from "../interchange/aiken-parse";
import { citeImportedQuestions } from "../interchange/citations";
import { MAX_QUESTION_FILE_BYTES } from "../interchange/decode-input";
import { readGiftFile } from "../interchange/gift-parse";
import { auditImported } from "../interchange/import-audit";
import { AppError } from "../errors";
import { storableText } from "../text-schema";
import { findUsableArticleOrThrow } from "./article-access";
import { addImportedQuestions, createImportedLesson, NO_QUESTIONS, wholeArticle } from "./imported-questions";
import { requireOwnLesson } from "./lesson-access";

// Base64 carries 3 bytes in 4 characters: a 5 MB file is under 7 MB of text; more is refused unread.
const uploadSchema = z.object({
  format: z.enum(["gift", "aiken"]),
  data: z
    .base64()
    .max(Math.ceil(MAX_QUESTION_FILE_BYTES / 3) * 4 + 4, "A question file may be at most 5 MB."),
});

/** The questions of an uploaded file (GIFT or Aiken, sent as base64), read but not yet placed anywhere. */
function readUpload(input: unknown) {
  const { format, data } = parseInput(uploadSchema, input);
  const bytes = Buffer.from(data, "base64");
  return format === "gift" ? readGiftFile(bytes) : readAikenFile(bytes);
}

/** The draft lesson imported questions go to: the lesson itself while a draft, else a new draft on its passage. */
async function draftTarget(lessonId: string, ownerId: string) {
  const lesson = await db.lesson.findUniqueOrThrow({
    where: { id: lessonId },
    select: {
      id: true,
      status: true,
      articleId: true,
      title: true,
      objectives: true,
      passage: true,
      passageStart: true,
      passageEnd: true,
      readingMinutes: true,
      position: true,
      article: { select: { slug: true, title: true, text: true } },
    },
  });
  if (lesson.status === "draft") return lesson;
  // A published lesson's new questions would be live at once: they go to a new draft lesson on the same passage.
  const { id: _, status: __, article, ...columns } = lesson;
  const created = await db.lesson.create({
    data: { ...columns, title: `${lesson.title} (imported questions)`, status: "draft", ownerId },
    select: { id: true },
  });
  return { ...lesson, id: created.id };
}

/**
 * A teacher's question file (GIFT or Aiken, sent as base64) imported into their own lesson as undecided
 * drafts with proposed citations. A malformed file writes nothing and answers its errors by line.
 */
export async function importQuestionUpload(viewer: Viewer | null, lessonId: unknown, input: unknown) {
  const { teacher, lesson } = await requireOwnLesson(viewer, lessonId);
  const read = readUpload(input);
  if (!read.ok) return { ok: false as const, errors: read.errors };
  if (read.questions.length === 0)
    return {
      ok: true as const,
      lessonId: lesson.id,
      newLesson: false,
      added: 0,
      skipped: read.skipped,
      notes: read.notes,
      audit: null,
    };
  const target = await draftTarget(lesson.id, teacher.id);
  const cited = citeImportedQuestions(
    read.questions.map((q) => q.question),
    target.article.text,
    { start: target.passageStart, end: target.passageEnd },
  );
  await addImportedQuestions(db, target.id, cited);
  return {
    ok: true as const,
    lessonId: target.id,
    newLesson: target.id !== lesson.id,
    added: cited.length,
    skipped: read.skipped,
    notes: read.notes,
    audit: auditImported(cited, target.article),
  };
}

const newLessonSchema = z.object({
  title: storableText().trim().max(200, "Keep the title under 200 characters.").optional(),
  dryRun: z.boolean().optional(),
});

/**
 * A teacher's question file imported into a NEW draft lesson on an article they may build lessons from (their
 * own or a shared one), the whole article its passage. A dry run answers what would be imported (each question
 * with its proposed citation, what is skipped and why, the item audit) and writes nothing; otherwise the lesson
 * is created with the questions as undecided drafts for the citation review. A malformed file, or one without a
 * question Lectern can import, writes nothing.
 */
export async function importQuestionsToNewLesson(viewer: Viewer | null, articleId: unknown, input: unknown) {
  const { teacher, article } = await findUsableArticleOrThrow(viewer, articleId);
  const { title, dryRun } = parseInput(newLessonSchema, input);
  const read = readUpload(input);
  if (!read.ok) return { ok: false as const, errors: read.errors };
  const cited = citeImportedQuestions(
    read.questions.map((q) => q.question),
    article.text,
    wholeArticle(article.text),
  );
  const report = {
    ok: true as const,
    questions: cited.map((q, i) => ({
      number: i + 1,
      line: read.questions[i]!.line,
      type: q.type,
      prompt: q.prompt,
      citation: q.citation.text,
    })),
    skipped: read.skipped,
    notes: read.notes,
    audit: cited.length > 0 ? auditImported(cited, article) : null,
  };
  if (dryRun) return { ...report, lessonId: null };
  if (cited.length === 0) throw new AppError("invalid", NO_QUESTIONS);
  const lesson = await createImportedLesson(db, {
    article,
    ownerId: teacher.id,
    title: title || `${article.title}: imported questions`,
    questions: cited,
  });
  return { ...report, lessonId: lesson.id };
}
