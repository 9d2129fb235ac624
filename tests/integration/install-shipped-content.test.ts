import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { createAssignments } from "../../lib/assignments/mutations";
import { sealChoiceId } from "../../lib/attempts/opaque-ids";
import { saveAnswer, startAttempt, submitAttempt } from "../../lib/attempts/mutations";
import { duplicateLesson } from "../../lib/content/duplicate-lesson";
import type { ArticleDocument } from "../../lib/content/schema";
import { readDemoDocument } from "../../lib/seed/article-document";
import { DEMO_ARTICLE_SLUG } from "../../lib/seed/demo-accounts";
import { installShippedContent } from "../../lib/seed/install-shipped-content";
import { createClassFor, createStudent, createTeacher } from "../support/factories";
import { days } from "../support/scenario";

/** The shipped document as an earlier release might have had it: other prompts, one question fewer per lesson. */
function earlierRelease(doc: ArticleDocument): ArticleDocument {
  return {
    ...doc,
    lessons: doc.lessons.map((lesson) => ({
      ...lesson,
      questions: lesson.questions.slice(1).map((q) => ({ ...q, prompt: `Earlier: ${q.prompt}` })),
    })),
  };
}

const livePrompts = (lessonId: string) =>
  db.question
    .findMany({
      where: { lessonId, retiredAt: null },
      orderBy: { position: "asc" },
      select: { prompt: true },
    })
    .then((rows) => rows.map((r) => r.prompt));

describe("installing the shipped content", () => {
  it("installs a new version over an earlier one, keeping what assignments used and their scores", async () => {
    const shipped = readDemoDocument(DEMO_ARTICLE_SLUG);
    expect(await installShippedContent(db, earlierRelease(shipped))).toBe("installed");

    const lessons = await db.lesson.findMany({
      where: { article: { slug: DEMO_ARTICLE_SLUG }, ownerId: null },
      orderBy: { position: "asc" },
      select: { id: true },
    });
    const teacher = await createTeacher();
    const cls = await createClassFor(teacher);
    const student = await createStudent(cls.id);
    const [assignment] = await createAssignments(teacher, {
      lessonId: lessons[0]!.id,
      classIds: [cls.id],
      dueAt: days(1),
    });
    const copy = await duplicateLesson(teacher, lessons[1]!.id);
    const assigned = await db.assignmentQuestion.findMany({
      where: { assignmentId: assignment!.id },
      orderBy: { position: "asc" },
      select: { question: { select: { id: true, prompt: true, type: true, choices: true } } },
    });
    const firstChoice = assigned.map((a) => a.question).find((q) => q.type === "single_choice")!;
    const attempt = await startAttempt(student, assignment!.id);
    await saveAnswer(student, attempt.id, {
      questionId: firstChoice.id,
      answer: {
        type: "single_choice",
        choiceId: sealChoiceId(attempt.id, firstChoice.choices.find((c) => c.correct)!.id),
      },
      version: 1,
    });
    const before = await submitAttempt(student, attempt.id);
    const copyPrompts = await livePrompts(copy.id);

    expect(await installShippedContent(db, shipped)).toBe("updated");

    for (const [i, lesson] of shipped.lessons.entries()) {
      expect(await livePrompts(lessons[i]!.id)).toEqual(lesson.questions.map((q) => q.prompt));
    }
    const kept = await db.assignmentQuestion.findMany({
      where: { assignmentId: assignment!.id },
      orderBy: { position: "asc" },
      select: { question: { select: { id: true, prompt: true, retiredAt: true } } },
    });
    expect(kept.map((k) => k.question.id)).toEqual(assigned.map((a) => a.question.id));
    expect(kept.every((k) => k.question.prompt.startsWith("Earlier: ") && k.question.retiredAt)).toBe(true);
    const after = await db.attempt.findUniqueOrThrow({ where: { id: attempt.id } });
    expect(before.points).toBeGreaterThan(0);
    expect(after.points).toBe(before.points);
    // Questions no assignment used are gone, not kept as retired rows.
    expect(await db.question.count({ where: { lessonId: lessons[2]!.id } })).toBe(
      shipped.lessons[2]!.questions.length,
    );
    expect(await livePrompts(copy.id)).toEqual(copyPrompts);

    expect(await installShippedContent(db, shipped)).toBe("unchanged");
  });
});
