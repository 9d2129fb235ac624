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
import { addImportedQuestions } from "./imported-questions";
import { requireOwnLesson } from "./lesson-access";

// Base64 carries 3 bytes in 4 characters: a 5 MB file is under 7 MB of text; more is refused unread.
const uploadSchema = z.object({
  format: z.enum(["gift", "aiken"]),
  data: z
    .base64()
    .max(Math.ceil(MAX_QUESTION_FILE_BYTES / 3) * 4 + 4, "A question file may be at most 5 MB."),
});

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
  const { format, data } = parseInput(uploadSchema, input);
  const bytes = Buffer.from(data, "base64");
  const read = format === "gift" ? readGiftFile(bytes) : readAikenFile(bytes);
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
