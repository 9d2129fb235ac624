import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findUsableArticleOrThrow, listUsableArticles } from "../../lib/content/article-access";
import { importQuestionsToNewLesson } from "../../lib/content/question-import";
import { db } from "../../lib/db";
import { createDraftLessons } from "../../lib/import/mutations";
import { createStudent, createTeacher, ensureDemoContent } from "../support/factories";

const base64 = (file: string) => readFileSync(`tests/fixtures/interchange/${file}`).toString("base64");
const gift = { format: "gift", data: base64("gift/every-construct.gift") };

const ARTICLE = [
  "Harbor Lights",
  "",
  "The old lighthouse stood on the northern cliff for a century. Keepers climbed its stairs every evening to light the lamp.",
  "",
  "In 1950 the lamp became electric, and the last keeper left the island. The town now runs the tower as a museum.",
].join("\n");

/** An article of the teacher's own, imported as the article import does (with its generated draft lessons). */
async function ownArticle(teacher: Awaited<ReturnType<typeof createTeacher>>) {
  const { articleId } = await createDraftLessons(teacher, { text: ARTICLE, kind: "text" });
  return articleId;
}

async function sharedArticleId() {
  const lesson = await ensureDemoContent();
  return (await db.lesson.findUniqueOrThrow({ where: { id: lesson.id }, select: { articleId: true } }))
    .articleId;
}

/** Every lesson and question of an article, to show a refused import wrote nothing. */
const footprint = (articleId: string) =>
  db.lesson.findMany({
    where: { articleId },
    select: { id: true, questions: { select: { id: true } } },
    orderBy: { id: "asc" },
  });

describe("importQuestionsToNewLesson", () => {
  it("creates a new draft lesson on a shared article, the file's questions undecided drafts citing it", async () => {
    const teacher = await createTeacher();
    const articleId = await sharedArticleId();
    const result = await importQuestionsToNewLesson(teacher, articleId, gift);
    if (!result.ok || !result.lessonId) throw new Error("refused");
    expect(result.skipped.map((s) => s.line)).toEqual([51, 57, 61]);
    expect(result.questions).toHaveLength(14);
    expect(result.audit?.warnings).toBeDefined();
    const lesson = await db.lesson.findUniqueOrThrow({
      where: { id: result.lessonId },
      include: { article: true, questions: true },
    });
    expect(lesson).toMatchObject({ articleId, ownerId: teacher.id, status: "draft", passageStart: 0 });
    expect(lesson.passage).toBe(lesson.article.text);
    expect(lesson.questions).toHaveLength(14);
    for (const q of lesson.questions) {
      expect(q.acceptedAt).toBeNull();
      expect(lesson.article.text.slice(q.citationStart, q.citationEnd)).toBe(q.citationText);
    }
    expect(result.questions.map((q) => q.citation)).toEqual(
      [...lesson.questions].sort((a, b) => a.position - b.position).map((q) => q.citationText),
    );
  });

  it("a dry run answers the same report and writes nothing; a title is the teacher's", async () => {
    const teacher = await createTeacher();
    const articleId = await ownArticle(teacher);
    const before = await footprint(articleId);
    const dry = await importQuestionsToNewLesson(teacher, articleId, { ...gift, dryRun: true });
    expect(dry).toMatchObject({ ok: true, lessonId: null });
    expect(await footprint(articleId)).toEqual(before);
    const made = await importQuestionsToNewLesson(teacher, articleId, { ...gift, title: "  Moodle quiz  " });
    if (!made.ok || !made.lessonId) throw new Error("refused");
    expect(made.questions).toEqual(dry.ok ? dry.questions : []);
    const lesson = await db.lesson.findUniqueOrThrow({ where: { id: made.lessonId } });
    expect(lesson.title).toBe("Moodle quiz");
    // After the article's generated lessons, never among them.
    const others = await db.lesson.findMany({ where: { articleId, id: { not: lesson.id } } });
    expect(others.length).toBeGreaterThan(0);
    for (const other of others) expect(lesson.position).toBeGreaterThan(other.position);
  });

  it("a refused file leaves nothing behind: no lesson, no question", async () => {
    const teacher = await createTeacher();
    const articleId = await ownArticle(teacher);
    const before = await footprint(articleId);
    const malformed = await importQuestionsToNewLesson(teacher, articleId, {
      format: "gift",
      data: base64("gift/malformed/unclosed-brace.gift"),
    });
    expect(malformed).toEqual({
      ok: false,
      errors: [{ line: 1, reason: "unclosed brace: a { with no } after it" }],
    });
    // Every question skipped: refused, not an empty lesson.
    const nothingImportable = {
      format: "gift",
      data: Buffer.from("::n:: 2 + 2 = {#4}\n").toString("base64"),
    };
    await expect(importQuestionsToNewLesson(teacher, articleId, nothingImportable)).rejects.toMatchObject({
      code: "invalid",
    });
    await expect(
      importQuestionsToNewLesson(teacher, articleId, { format: "qti", data: gift.data }),
    ).rejects.toMatchObject({ code: "invalid" });
    await expect(
      importQuestionsToNewLesson(teacher, articleId, { ...gift, title: "a\u0000b" }),
    ).rejects.toMatchObject({
      code: "invalid",
    });
    expect(await footprint(articleId)).toEqual(before);
  });

  it("refuses another teacher's article, and shared ones before approval, writing nothing", async () => {
    const owner = await createTeacher();
    const articleId = await ownArticle(owner);
    const before = await footprint(articleId);
    const other = await createTeacher();
    await expect(importQuestionsToNewLesson(other, articleId, gift)).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(findUsableArticleOrThrow(other, articleId)).rejects.toMatchObject({ code: "not_found" });
    expect((await listUsableArticles(other, "Harbor")).articles.map((a) => a.id)).not.toContain(articleId);
    expect(await footprint(articleId)).toEqual(before);

    const shared = await sharedArticleId();
    const sharedBefore = await footprint(shared);
    const pending = await createTeacher({ approved: false });
    await expect(importQuestionsToNewLesson(pending, shared, gift)).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(importQuestionsToNewLesson(await createStudent(), shared, gift)).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(importQuestionsToNewLesson(null, shared, gift)).rejects.toMatchObject({
      code: "unauthorized",
    });
    await expect(importQuestionsToNewLesson(owner, "not an id", gift)).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await footprint(shared)).toEqual(sharedBefore);
  });

  it("lists the teacher's own articles first, then shared ones, searched by title in any case", async () => {
    const teacher = await createTeacher();
    const articleId = await ownArticle(teacher);
    const shared = await sharedArticleId();
    const all = await listUsableArticles(teacher, "");
    expect(all.articles[0]).toMatchObject({ id: articleId, own: true });
    expect(all.articles.map((a) => a.id)).toContain(shared);
    const found = await listUsableArticles(teacher, "  harbor LIGHTS ");
    expect(found.articles.map((a) => a.id)).toEqual([articleId]);
    expect((await listUsableArticles(teacher, "\u0000")).search).toBe("");
  });
});
