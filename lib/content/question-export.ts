import "server-only";
import { questionWithKeySelect } from "../attempts/question-select";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { AppError } from "../errors";
import { exportQuestions, isExportFormat, type ExportFormat } from "../interchange/export-formats";
import { sheetToXlsx } from "../interchange/xlsx-workbook";
import { slugify } from "../slugify";
import { findUsableLessonOrThrow } from "./lesson-access";
import { questionInputOf } from "./question-data";

const FILE: Record<ExportFormat, { suffix: string; type: string }> = {
  gift: { suffix: ".gift.txt", type: "text/plain; charset=utf-8" },
  aiken: { suffix: ".aiken.txt", type: "text/plain; charset=utf-8" },
  "xlsx-kahoot": {
    suffix: ".kahoot.xlsx",
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  },
  "xlsx-quizizz": {
    suffix: ".wayground.xlsx",
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  },
};

/**
 * A lesson the teacher may use, its live questions in a file for another tool: the bytes, a file name, the
 * content type, and the questions left out (GIFT lists them in comments at the top of the file too).
 */
export async function exportLessonFile(viewer: Viewer | null, lessonId: unknown, format: unknown) {
  const teacher = requireTeacher(viewer);
  if (!isExportFormat(format))
    throw new AppError("invalid", "Export as gift, aiken, xlsx-kahoot or xlsx-quizizz.");
  const lesson = await findUsableLessonOrThrow(teacher.id, lessonId, {
    title: true,
    questions: { where: { retiredAt: null }, orderBy: { position: "asc" }, select: questionWithKeySelect },
  });
  const exported = exportQuestions(lesson.questions.map(questionInputOf), format, lesson.title);
  let body: Uint8Array;
  if (exported.kind === "sheet") body = await sheetToXlsx(exported.sheet);
  else {
    const leftOut = exported.skipped.map((s) => `// Left out: question ${s.number}: ${s.reason}\n`).join("");
    body = new TextEncoder().encode(format === "gift" ? `${leftOut}${exported.text}` : exported.text);
  }
  const { suffix, type } = FILE[format];
  return {
    body,
    filename: `${slugify(lesson.title, "lesson")}${suffix}`,
    contentType: type,
    skipped: exported.skipped,
  };
}
