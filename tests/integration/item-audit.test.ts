import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Viewer } from "../../lib/auth/viewer-types";
import { getImportAuditOrThrow, getLessonAuditOrThrow } from "../../lib/content/audit-queries";
import { db } from "../../lib/db";
import { importArticleDocument } from "../../lib/content/import-document";
import type { ArticleDocument, QuestionInput } from "../../lib/content/schema";
import { readDemoDocument } from "../../lib/seed/article-document";
import { DEMO_ARTICLE_SLUG } from "../../lib/seed/demo-accounts";
import { expectAppError } from "../support/expect-app-error";
import { createStudent, createTeacher } from "../support/factories";
import { createPrivateLesson, demoLessons } from "../support/scenario";

const PAD = " and at some length";

/** A single-choice question whose key is the longest option alone, whatever the shipped wording is. */
function keyMadeLongest(q: QuestionInput): QuestionInput {
  const longest = Math.max(...q.choices.map((c) => c.text.length));
  return {
    ...q,
    choices: q.choices.map((c) =>
      c.correct
        ? { ...c, text: c.text + PAD.repeat(Math.ceil((longest - c.text.length + 1) / PAD.length)) }
        : c,
    ),
  };
}

/**
 * The first demo lesson, owned by `owner` under a new article, with two giveaways: the first single-choice
 * question's key is its longest option, and the next question asks the same stem. Positions from 0.
 */
async function lessonWithGiveaways(owner: Viewer, status: "draft" | "published") {
  const doc = readDemoDocument(DEMO_ARTICLE_SLUG);
  const lesson = doc.lessons[0]!;
  const keyed = lesson.questions.findIndex((q) => q.type === "single_choice");
  const repeat = keyed + 1 < lesson.questions.length ? keyed + 1 : keyed - 1;
  const questions = lesson.questions.map((q, i) =>
    i === keyed ? keyMadeLongest(q) : i === repeat ? { ...q, prompt: lesson.questions[keyed]!.prompt } : q,
  );
  const slug = `audit-${randomBytes(4).toString("hex")}`;
  const edited: ArticleDocument = {
    ...doc,
    article: { ...doc.article, slug },
    lessons: [{ ...lesson, questions }],
  };
  const article = await importArticleDocument(db, edited, { ownerId: owner.id, status });
  const stored = await db.lesson.findFirstOrThrow({
    where: { articleId: article.id },
    select: { id: true, title: true, questions: { orderBy: { position: "asc" }, select: { id: true } } },
  });
  return { articleId: article.id, lesson: stored, keyed, repeat };
}

describe("getLessonAuditOrThrow", () => {
  it("notes a key that is the longest option and a repeated stem, and holds a published lesson to 5 points", async () => {
    const teacher = await createTeacher();
    const { lesson, keyed, repeat } = await lessonWithGiveaways(teacher, "published");
    const audit = await getLessonAuditOrThrow(teacher, lesson.id);

    const keyedId = lesson.questions[keyed]!.id;
    expect(audit.warnings[keyedId]).toContain("The key is the longest option.");
    expect(audit.warnings[keyedId]).toContain(`The stem repeats question ${repeat + 1}.`);
    expect(audit.warnings[lesson.questions[repeat]!.id]).toContain(`The stem repeats question ${keyed + 1}.`);
    expect(audit.repeatedStems).toContainEqual(
      expect.objectContaining({ a: Math.min(keyed, repeat) + 1, b: Math.max(keyed, repeat) + 1 }),
    );
    expect(audit.verdict.checks.find((c) => c.id === "repeated_stems")?.passed).toBe(false);
    expect(audit.draft).toBe(false);
    expect(audit.verdict.maxAdvantage).toBe(5);
    expect(audit.closedPoints).toBeGreaterThan(0);
    expect(audit.best).not.toBeNull();
    // Warnings are keyed by the lesson's own question ids, nothing else.
    const ids = new Set(lesson.questions.map((q) => q.id));
    for (const id of Object.keys(audit.warnings)) expect(ids.has(id)).toBe(true);
  });

  it("holds a draft lesson to the generated-draft limit of 10 points", async () => {
    const teacher = await createTeacher();
    const draft = await createPrivateLesson(teacher, "draft");
    const audit = await getLessonAuditOrThrow(teacher, draft.id);
    expect(audit.draft).toBe(true);
    expect(audit.verdict.maxAdvantage).toBe(10);
  });

  it("audits the shared demo lessons for any teacher", async () => {
    const [first] = await demoLessons();
    const audit = await getLessonAuditOrThrow(await createTeacher(), first!.id);
    expect(audit.draft).toBe(false);
    expect(audit.verdict.checks.length).toBeGreaterThan(0);
  });

  it("answers not_found for another teacher's private lesson and refuses students", async () => {
    const { lesson } = await lessonWithGiveaways(await createTeacher(), "published");
    await expectAppError(getLessonAuditOrThrow(await createTeacher(), lesson.id), "not_found");
    await expectAppError(getLessonAuditOrThrow(await createTeacher(), "not a lesson id"), "not_found");
    await expectAppError(getLessonAuditOrThrow(await createStudent(), lesson.id), "forbidden");
    await expectAppError(getLessonAuditOrThrow(null, lesson.id), "unauthorized");
  });
});

describe("getImportAuditOrThrow", () => {
  it("gives the owner each draft's warnings, named as the review numbers them, and the lesson's draft verdict", async () => {
    const teacher = await createTeacher();
    const { articleId, lesson, keyed, repeat } = await lessonWithGiveaways(teacher, "draft");
    const audit = await getImportAuditOrThrow(teacher, articleId);
    const warnings = audit.warnings[lesson.questions[keyed]!.id];
    expect(warnings).toContain("The key is the longest option.");
    expect(warnings).toContain(`The stem repeats question ${repeat + 1}.`);
    expect(audit.lessons[lesson.id]?.draft).toBe(true);
    expect(audit.lessons[lesson.id]?.verdict.maxAdvantage).toBe(10);
  });

  it("names a repeated question of another lesson with that lesson's title", async () => {
    const teacher = await createTeacher();
    const doc = readDemoDocument(DEMO_ARTICLE_SLUG);
    const first = doc.lessons[0]!;
    const again = { ...first, title: "The same section again" };
    const slug = `audit-${randomBytes(4).toString("hex")}`;
    const article = await importArticleDocument(
      db,
      { ...doc, article: { ...doc.article, slug }, lessons: [first, again] },
      { ownerId: teacher.id, status: "draft" },
    );
    const copy = await db.lesson.findFirstOrThrow({
      where: { articleId: article.id, position: 1 },
      select: { questions: { orderBy: { position: "asc" }, select: { id: true } } },
    });
    const audit = await getImportAuditOrThrow(teacher, article.id);
    expect(audit.warnings[copy.questions[0]!.id]).toContain(
      `The stem repeats question 1 of “${first.title}”.`,
    );
  });

  it("answers not_found for another teacher's import", async () => {
    const { articleId } = await lessonWithGiveaways(await createTeacher(), "draft");
    await expectAppError(getImportAuditOrThrow(await createTeacher(), articleId), "not_found");
    await expectAppError(getImportAuditOrThrow(await createStudent(), articleId), "forbidden");
  });
});
