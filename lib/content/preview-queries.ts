import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { studentQuestionSelect } from "../attempts/question-select";
import { toStudentQuestion } from "../attempts/student-question";
import { findUsableLessonOrThrow } from "./lesson-access";

// A fixed seed: the preview shows ordering items shuffled as a student would get them, the same on every visit.
const PREVIEW_SEED = "preview";

/**
 * A lesson exactly as a student sees it in an attempt: the same key-free question DTOs (no correct flags,
 * feedback, explanations, accepted answers, rubric or citations), so the preview cannot show more than a student gets.
 */
export async function getLessonPreviewOrThrow(viewer: Viewer | null, lessonId: string) {
  const teacher = requireTeacher(viewer);
  const lesson = await findUsableLessonOrThrow(teacher.id, lessonId, {
    id: true,
    title: true,
    objectives: true,
    passage: true,
    readingMinutes: true,
    article: { select: { about: true } },
    questions: { where: { retiredAt: null }, orderBy: { position: "asc" }, select: studentQuestionSelect },
  });
  return { ...lesson, questions: lesson.questions.map((q) => toStudentQuestion(q, PREVIEW_SEED, false)) };
}
