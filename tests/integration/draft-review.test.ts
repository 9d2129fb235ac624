import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { listLibraryLessons } from "../../lib/content/queries";
import { db } from "../../lib/db";
import { acceptDraftQuestion, createDraftLessons, rejectDraftQuestion } from "../../lib/import/mutations";
import { getImportReview } from "../../lib/import/queries";
import {
  acceptRemainingDrafts,
  regenerateLessonDrafts,
  restoreDraftQuestion,
  undoAcceptRemaining,
} from "../../lib/import/review-mutations";
import { expectRefusedWithoutWrites } from "../support/db-state";
import { createStudent, createTeacher } from "../support/factories";
import type { Viewer } from "../../lib/auth/viewer-types";

const gardens = readFileSync("tests/unit/fixtures/articles/school-gardens.txt", "utf8");

/**
 * The import's lesson with the most drafts (these tests decide two and regenerate the rest; the short
 * Introduction lesson comes first and may hold only two).
 */
const fullest = (review: Awaited<ReturnType<typeof getImportReview>>) =>
  review.lessons.reduce((a, b) => (b.questions.length > a.questions.length ? b : a));

async function imported() {
  const owner = await createTeacher();
  const { articleId } = await createDraftLessons(owner, { text: gardens, kind: "text" });
  const review = await getImportReview(owner, articleId);
  return { owner, articleId, lesson: fullest(review), review };
}

/** An import whose first lesson has its first draft accepted and its second rejected. */
async function decidedTwo() {
  const found = await imported();
  const [accepted, rejected] = found.lesson.questions;
  await acceptDraftQuestion(found.owner, { id: accepted!.id, accepted: "true" });
  await rejectDraftQuestion(found.owner, { id: rejected!.id });
  return { ...found, accepted: accepted!, rejected: rejected! };
}

/** Only the owner may act: another teacher finds nothing, a student is refused, no session must sign in. */
async function expectOwnerOnly(call: (viewer: Viewer | null) => Promise<unknown>) {
  const [other, student] = [await createTeacher(), await createStudent()];
  await expectRefusedWithoutWrites(() => call(other), "not_found");
  await expectRefusedWithoutWrites(() => call(student), "forbidden");
  await expectRefusedWithoutWrites(() => call(null), "unauthorized");
}

const lessonState = async (
  owner: Awaited<ReturnType<typeof createTeacher>>,
  articleId: string,
  lessonId: string,
) => (await getImportReview(owner, articleId)).lessons.find((l) => l.id === lessonId)!;

describe("the review's drafts", () => {
  it("show each draft's type, skill, choices with the key and feedback, and citation", async () => {
    const { lesson } = await imported();
    const choice = lesson.questions.find((q) => q.type === "single_choice" || q.type === "true_false");
    expect(choice).toBeDefined();
    expect(choice!.skill).toMatch(/^[a-z_]+$/);
    expect(choice!.choices.filter((c) => c.correct)).toHaveLength(1);
    expect(choice!.choices[0]).toEqual(
      expect.objectContaining({
        text: expect.any(String),
        feedback: expect.toSatisfy((f) => f === null || typeof f === "string"),
      }),
    );
    expect(choice!.citationText.length).toBeGreaterThan(10);
    expect(lesson.rejected).toEqual([]);
  });
});

describe("reject and its undo", () => {
  it("moves a rejected draft to the rejected list and back, undecided, at its place", async () => {
    const { owner, articleId, lesson } = await imported();
    const [first, second] = lesson.questions;
    await acceptDraftQuestion(owner, { id: first!.id, accepted: "true" });
    await rejectDraftQuestion(owner, { id: first!.id });
    let now = await lessonState(owner, articleId, lesson.id);
    expect(now.questions.map((q) => q.id)).not.toContain(first!.id);
    expect(now.rejected.map((q) => q.id)).toEqual([first!.id]);
    await restoreDraftQuestion(owner, { id: first!.id });
    now = await lessonState(owner, articleId, lesson.id);
    expect(now.questions.map((q) => q.id)).toEqual(lesson.questions.map((q) => q.id));
    expect(now.questions[0]!.acceptedAt).toBeNull();
    expect(now.rejected).toEqual([]);
    // Undo of a draft that is not rejected (a repeated click) changes nothing and says so.
    await expectRefusedWithoutWrites(() => restoreDraftQuestion(owner, { id: second!.id }), "not_found");
  });

  it("lets only the owning teacher undo, and only while the lesson is a draft", async () => {
    const { owner, lesson } = await imported();
    const q = lesson.questions[0]!;
    await rejectDraftQuestion(owner, { id: q.id });
    await expectOwnerOnly((viewer) => restoreDraftQuestion(viewer, { id: q.id }));
    await expectRefusedWithoutWrites(() => restoreDraftQuestion(owner, { id: 42 }), "invalid");
    await expectRefusedWithoutWrites(() => restoreDraftQuestion(owner, { id: "x\u0000y" }), "invalid");
    await db.lesson.update({ where: { id: lesson.id }, data: { status: "published" } });
    await expectRefusedWithoutWrites(() => restoreDraftQuestion(owner, { id: q.id }), "not_found");
  });
});

describe("accept all remaining and its undo", () => {
  it("accepts every undecided draft at once, and the undo clears exactly that batch", async () => {
    const { owner, articleId, lesson, accepted: early, rejected } = await decidedTwo();
    const done = await acceptRemainingDrafts(owner, { lessonId: lesson.id });
    expect(done.count).toBe(lesson.questions.length - 2);
    let now = await lessonState(owner, articleId, lesson.id);
    expect(now.questions.every((q) => q.acceptedAt !== null)).toBe(true);
    expect(now.rejected.map((q) => q.id)).toEqual([rejected.id]);

    const undone = await undoAcceptRemaining(owner, { lessonId: lesson.id, batch: done.batch });
    expect(undone.count).toBe(done.count);
    now = await lessonState(owner, articleId, lesson.id);
    // The draft accepted on its own before the batch stays accepted; the rejected one stays rejected.
    expect(now.questions.filter((q) => q.acceptedAt !== null).map((q) => q.id)).toEqual([early.id]);
    expect(now.rejected.map((q) => q.id)).toEqual([rejected.id]);
    // Undoing the same batch again finds nothing to undo.
    expect((await undoAcceptRemaining(owner, { lessonId: lesson.id, batch: done.batch })).count).toBe(0);
  });

  it("refuses another teacher, a student, no session and bad input, writing nothing", async () => {
    const { owner, lesson } = await imported();
    const input = { lessonId: lesson.id };
    await expectOwnerOnly((viewer) => acceptRemainingDrafts(viewer, input));
    await expectRefusedWithoutWrites(() => acceptRemainingDrafts(owner, {}), "invalid");
    const done = await acceptRemainingDrafts(owner, input);
    const undo = { lessonId: lesson.id, batch: done.batch };
    await expectOwnerOnly((viewer) => undoAcceptRemaining(viewer, undo));
    const bad = await expectRefusedWithoutWrites(
      () => undoAcceptRemaining(owner, { lessonId: lesson.id, batch: "yesterday" }),
      "invalid",
    );
    expect(bad.fieldErrors?.batch?.[0]).toMatch(/not a valid time/);
  });
});

describe("generating a lesson's drafts again", () => {
  it("replaces the undecided drafts, keeps accepted and rejected ones, and repeats neither", async () => {
    const { owner, articleId, lesson, accepted: kept, rejected } = await decidedTwo();
    const result = await regenerateLessonDrafts(owner, { lessonId: lesson.id });
    expect(result.count).toBeGreaterThan(0);
    const now = await lessonState(owner, articleId, lesson.id);
    expect(now.questions[0]!.id).toBe(kept.id);
    expect(now.rejected.map((q) => q.id)).toEqual([rejected.id]);
    const prompts = now.questions.map((q) => q.prompt);
    expect(new Set(prompts).size).toBe(prompts.length);
    expect(prompts).not.toContain(rejected.prompt);
    expect(now.questions.slice(1).every((q) => q.acceptedAt === null)).toBe(true);
    expect(now.questions.length).toBeLessThanOrEqual(12);
    // The old undecided drafts are gone, not retired: nothing else lists them.
    const oldIds = lesson.questions.slice(2).map((q) => q.id);
    expect(await db.question.count({ where: { id: { in: oldIds } } })).toBe(0);
  });

  it("refuses another teacher, a student, a published lesson and bad input, writing nothing", async () => {
    const { owner, lesson } = await imported();
    await expectOwnerOnly((viewer) => regenerateLessonDrafts(viewer, { lessonId: lesson.id }));
    await expectRefusedWithoutWrites(() => regenerateLessonDrafts(owner, { lessonId: ["x"] }), "invalid");
    await db.lesson.update({ where: { id: lesson.id }, data: { status: "published" } });
    await expectRefusedWithoutWrites(
      () => regenerateLessonDrafts(owner, { lessonId: lesson.id }),
      "not_found",
    );
  });
});

describe("the library's drafts to review", () => {
  it("counts each draft lesson's undecided drafts and names its article, for the owner only", async () => {
    const { owner, articleId, lesson } = await imported();
    const row = () => listLibraryLessons(owner).then((all) => all.find((l) => l.id === lesson.id)!);
    expect(await row()).toEqual(
      expect.objectContaining({ articleId, status: "draft", reviewCount: lesson.questions.length }),
    );
    await acceptDraftQuestion(owner, { id: lesson.questions[0]!.id, accepted: "true" });
    await rejectDraftQuestion(owner, { id: lesson.questions[1]!.id });
    expect((await row()).reviewCount).toBe(lesson.questions.length - 2);
    await acceptRemainingDrafts(owner, { lessonId: lesson.id });
    expect((await row()).reviewCount).toBe(0);
    const other = await createTeacher();
    expect((await listLibraryLessons(other)).map((l) => l.id)).not.toContain(lesson.id);
  });
});
