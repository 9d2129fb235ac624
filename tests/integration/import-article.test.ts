import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import {
  acceptDraftQuestion,
  createDraftLessons,
  publishDraftLesson,
  rejectDraftQuestion,
} from "../../lib/import/mutations";
import { previewArticle } from "../../lib/import/preview";
import { getImportReview } from "../../lib/import/queries";
import { expectAppError } from "../support/expect-app-error";
import { createStudent, createTeacher } from "../support/factories";
import { expectRefusedWithoutWrites } from "../support/db-state";

const gardens = readFileSync("tests/unit/fixtures/articles/school-gardens.txt", "utf8");

describe("the structure preview and its corrections", () => {
  it("previews sections and paragraphs without writing, then builds the lessons from the corrected sections", async () => {
    const teacher = await createTeacher();
    const before = await db.article.count();
    const preview = previewArticle(teacher, { text: gardens, kind: "text" });
    expect(await db.article.count()).toBe(before);
    expect(preview.title).toMatch(/How School Gardens Changed Lunch/);
    expect(preview.sections.length).toBeGreaterThanOrEqual(2);
    expect(preview.limits).toBe("Each lesson gets at most 12 draft questions.");
    const [first, second] = preview.sections as [
      { heading: string; start: number },
      { heading: string; start: number },
    ];
    expect(preview.paragraphs.map((p) => p.start)).toContain(second.start);

    // Merge the second section into the first and rename it.
    const merged = [
      { heading: "Gardens, start to harvest", start: first.start },
      ...preview.sections.slice(2),
    ];
    const saved = await createDraftLessons(teacher, {
      text: gardens,
      kind: "text",
      sections: JSON.stringify(merged),
    });
    const lessons = await db.lesson.findMany({
      where: { article: { slug: saved.slug } },
      orderBy: { position: "asc" },
    });
    expect(lessons.map((l) => l.title)).toContain("Gardens, start to harvest");
    expect(lessons.map((l) => l.title)).not.toContain(second.heading);
    const sections = await db.articleSection.findMany({ where: { article: { slug: saved.slug } } });
    expect(sections).toHaveLength(merged.length);
  });

  it("refuses corrections that are not valid section boundaries, writing nothing", async () => {
    const teacher = await createTeacher();
    const input = (sections: unknown) => ({
      text: gardens,
      kind: "text",
      sections: JSON.stringify(sections),
    });
    const error = await expectRefusedWithoutWrites(
      () => createDraftLessons(teacher, input([{ heading: "A", start: 3 }])),
      "invalid",
    );
    expect(error.fieldErrors?.sections?.[0]).toMatch(/beginning of the article/);
    await expectRefusedWithoutWrites(
      () => createDraftLessons(teacher, input([{ heading: " ", start: 0 }])),
      "invalid",
    );
    await expectRefusedWithoutWrites(() => createDraftLessons(teacher, input([])), "invalid");
    await expectRefusedWithoutWrites(
      () => createDraftLessons(teacher, { text: gardens, kind: "text", sections: "{not json" }),
      "invalid",
    );
    const student = await createStudent();
    expect(() => previewArticle(student, { text: gardens, kind: "text" })).toThrow(
      expect.objectContaining({ code: "forbidden" }),
    );
    expect(() => previewArticle(teacher, { text: "too short", kind: "text" })).toThrow(
      expect.objectContaining({ code: "invalid" }),
    );
  });
});

describe("createDraftLessons", () => {
  it("stores the article and its lessons as drafts owned by the teacher, with a fresh slug each time", async () => {
    const teacher = await createTeacher();
    const first = await createDraftLessons(teacher, { text: gardens, kind: "text" });
    const second = await createDraftLessons(teacher, { text: gardens, kind: "text" });
    // Its two sections, its introduction (three sentences before the first heading: a lesson of its own) and the
    // overview.
    expect(first.lessons).toBe(4);
    expect(second.slug).not.toBe(first.slug);
    const article = await db.article.findUniqueOrThrow({
      where: { slug: first.slug },
      include: { lessons: { include: { questions: true } } },
    });
    expect(article.ownerId).toBe(teacher.id);
    expect(article.lessons.every((l) => l.status === "draft" && l.ownerId === teacher.id)).toBe(true);
    // Every lesson gets drafts; the generator drops an item rather than ship it broken, so no larger count is promised.
    expect(article.lessons.every((l) => l.questions.length > 0)).toBe(true);
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
    // A lesson with a question to reject and one to decide.
    const at = review.lessons.findIndex((l) => l.questions.length >= 2);
    const lesson = review.lessons[at]!;
    const question = lesson.questions[0]!;

    await expectAppError(getImportReview(other, articleId), "not_found");
    await expectAppError(getImportReview(owner, `${articleId}\u0000`), "not_found");
    await expectAppError(getImportReview(student, articleId), "forbidden");
    await expectAppError(getImportReview(null, articleId), "unauthorized");
    await expectRefusedWithoutWrites(() => rejectDraftQuestion(other, { id: question.id }), "not_found");
    await expectRefusedWithoutWrites(() => publishDraftLesson(other, { id: lesson.id }), "not_found");
    await expectRefusedWithoutWrites(() => publishDraftLesson(student, { id: lesson.id }), "forbidden");
    await expectRefusedWithoutWrites(() => publishDraftLesson(null, { id: lesson.id }), "unauthorized");

    await expectRefusedWithoutWrites(
      () => acceptDraftQuestion(other, { id: question.id, accepted: "true" }),
      "not_found",
    );

    await rejectDraftQuestion(owner, { id: question.id });
    const [second, ...rest] = lesson.questions.slice(1);
    // Every remaining question must be decided first; the refusal says how many are left and changes nothing.
    const refused = await expectRefusedWithoutWrites(
      () => publishDraftLesson(owner, { id: lesson.id }),
      "invalid",
    );
    expect(refused.message).toBe(
      `Accept or reject every question before publishing: ${rest.length + 1} still undecided.`,
    );
    await acceptDraftQuestion(owner, { id: second!.id, accepted: "true" });
    await acceptDraftQuestion(owner, { id: second!.id, accepted: "false" });
    expect((await getImportReview(owner, articleId)).lessons[at]!.questions[0]!.acceptedAt).toBeNull();
    for (const q of [second!, ...rest]) await acceptDraftQuestion(owner, { id: q.id, accepted: "true" });
    await publishDraftLesson(owner, { id: lesson.id });
    const after = await getImportReview(owner, articleId);
    expect(after.lessons[at]!.status).toBe("published");
    expect(after.lessons[at]!.questions.map((q) => q.id)).not.toContain(question.id);
    expect(after.lessons[at]!.questions).toHaveLength(lesson.questions.length - 1);
  });
});

describe("importing one article at once", () => {
  it("gives every teacher their own drafts under distinct slugs", async () => {
    const teachers = await Promise.all([createTeacher(), createTeacher(), createTeacher(), createTeacher()]);
    const saved = await Promise.all(
      teachers.map((t) => createDraftLessons(t, { text: gardens, kind: "text" })),
    );
    expect(new Set(saved.map((s) => s.slug)).size).toBe(teachers.length);
    const owners = await db.lesson.findMany({
      where: { articleId: { in: saved.map((s) => s.articleId) } },
      select: { ownerId: true },
      distinct: ["ownerId"],
    });
    expect(owners.map((o) => o.ownerId).sort()).toEqual(teachers.map((t) => t.id).sort());
  });
});
