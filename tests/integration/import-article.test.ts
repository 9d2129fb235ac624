import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { createDraftLessons, publishDraftLesson, rejectDraftQuestion } from "../../lib/import/mutations";
import { getImportReview } from "../../lib/import/queries";
import { expectAppError } from "../support/expect-app-error";
import { createStudent, createTeacher } from "../support/factories";
import { expectRefusedWithoutWrites } from "../support/db-state";

const gardens = readFileSync("tests/unit/fixtures/articles/school-gardens.txt", "utf8");

describe("createDraftLessons", () => {
  it("stores the article and its lessons as drafts owned by the teacher, with a fresh slug each time", async () => {
    const teacher = await createTeacher();
    const first = await createDraftLessons(teacher, { text: gardens, kind: "text" });
    const second = await createDraftLessons(teacher, { text: gardens, kind: "text" });
    expect(first.lessons).toBe(3);
    expect(second.slug).not.toBe(first.slug);
    const article = await db.article.findUniqueOrThrow({
      where: { slug: first.slug },
      include: { lessons: { include: { questions: true } } },
    });
    expect(article.ownerId).toBe(teacher.id);
    expect(article.lessons.every((l) => l.status === "DRAFT" && l.ownerId === teacher.id)).toBe(true);
    expect(article.lessons.flatMap((l) => l.questions).length).toBeGreaterThan(10);
  });

  it("refuses students and anonymous callers, and input that is empty or not prose, writing nothing", async () => {
    const teacher = await createTeacher();
    const student = await createStudent();
    await expectRefusedWithoutWrites(
      () => createDraftLessons(student, { text: gardens, kind: "text" }),
      "forbidden",
    );
    await expectRefusedWithoutWrites(
      () => createDraftLessons(null, { text: gardens, kind: "text" }),
      "unauthorized",
    );
    await expectRefusedWithoutWrites(
      () => createDraftLessons(teacher, { text: "  ", kind: "text" }),
      "invalid",
    );
    const notProse = await expectRefusedWithoutWrites(
      () => createDraftLessons(teacher, { text: "Title\n\n1 2 3", kind: "text" }),
      "invalid",
    );
    expect(notProse.fieldErrors?.text?.[0]).toMatch(/too short|prose/);
    await expectRefusedWithoutWrites(
      () => createDraftLessons(teacher, { text: gardens, kind: "pdf" }),
      "invalid",
    );
  });
});

describe("review, reject and publish", () => {
  it("lets only the owning teacher review, reject and publish; others get not_found, forbidden or unauthorized", async () => {
    const owner = await createTeacher();
    const other = await createTeacher();
    const student = await createStudent();
    const { articleId } = await createDraftLessons(owner, { text: gardens, kind: "text" });
    const review = await getImportReview(owner, articleId);
    const lesson = review.lessons[0]!;
    const question = lesson.questions[0]!;

    await expectAppError(getImportReview(other, articleId), "not_found");
    await expectAppError(getImportReview(student, articleId), "forbidden");
    await expectAppError(getImportReview(null, articleId), "unauthorized");
    await expectRefusedWithoutWrites(() => rejectDraftQuestion(other, { id: question.id }), "not_found");
    await expectRefusedWithoutWrites(() => publishDraftLesson(other, { id: lesson.id }), "not_found");
    await expectRefusedWithoutWrites(() => publishDraftLesson(student, { id: lesson.id }), "forbidden");
    await expectRefusedWithoutWrites(() => publishDraftLesson(null, { id: lesson.id }), "unauthorized");

    await rejectDraftQuestion(owner, { id: question.id });
    await publishDraftLesson(owner, { id: lesson.id });
    const after = await getImportReview(owner, articleId);
    expect(after.lessons[0]!.status).toBe("PUBLISHED");
    expect(after.lessons[0]!.questions.map((q) => q.id)).not.toContain(question.id);
    expect(after.lessons[0]!.questions).toHaveLength(lesson.questions.length - 1);
  });
});
