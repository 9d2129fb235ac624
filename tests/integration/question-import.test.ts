import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importQuestionUpload } from "../../lib/content/question-import";
import { db } from "../../lib/db";
import { createTeacher, ensureDemoContent } from "../support/factories";

const base64 = (file: string) => readFileSync(`tests/fixtures/interchange/${file}`).toString("base64");
const gift = { format: "gift", data: base64("gift/every-construct.gift") };

/** A lesson of the teacher's own on the first demo lesson's passage. */
async function ownLesson(ownerId: string, status: "draft" | "published") {
  const shared = await ensureDemoContent();
  const {
    id: _,
    createdAt: __,
    updatedAt: ___,
    ...columns
  } = await db.lesson.findUniqueOrThrow({
    where: { id: shared.id },
  });
  return db.lesson.create({ data: { ...columns, status, ownerId }, select: { id: true } });
}

const live = (lessonId: string) => db.question.findMany({ where: { lessonId, retiredAt: null } });

describe("importQuestionUpload", () => {
  it("adds a file's questions to the teacher's draft lesson as undecided drafts", async () => {
    const teacher = await createTeacher();
    const lesson = await ownLesson(teacher.id, "draft");
    const result = await importQuestionUpload(teacher, lesson.id, gift);
    expect(result).toMatchObject({ ok: true, lessonId: lesson.id, newLesson: false, added: 14 });
    if (!result.ok) throw new Error("refused");
    expect(result.skipped.map((s) => s.line)).toEqual([51, 57, 61]);
    const stored = await live(lesson.id);
    expect(stored).toHaveLength(14);
    expect(stored.every((q) => q.acceptedAt === null)).toBe(true);
  });

  it("puts questions for a published lesson in a new draft lesson on its passage, never live", async () => {
    const teacher = await createTeacher();
    const lesson = await ownLesson(teacher.id, "published");
    const result = await importQuestionUpload(teacher, lesson.id, {
      format: "aiken",
      data: base64("aiken/every-construct.txt"),
    });
    if (!result.ok) throw new Error("refused");
    expect(result.newLesson).toBe(true);
    expect(await live(lesson.id)).toHaveLength(0);
    const draft = await db.lesson.findUniqueOrThrow({ where: { id: result.lessonId } });
    expect(draft).toMatchObject({ status: "draft", ownerId: teacher.id });
    expect(await live(draft.id)).toHaveLength(3);
  });

  it("writes nothing for a malformed file, and refuses shared and other teachers' lessons", async () => {
    const teacher = await createTeacher();
    const lesson = await ownLesson(teacher.id, "draft");
    const bad = await importQuestionUpload(teacher, lesson.id, {
      format: "gift",
      data: base64("gift/malformed/unclosed-brace.gift"),
    });
    expect(bad).toEqual({
      ok: false,
      errors: [{ line: 1, reason: "unclosed brace: a { with no } after it" }],
    });
    expect(await live(lesson.id)).toHaveLength(0);
    const shared = await ensureDemoContent();
    await expect(importQuestionUpload(teacher, shared.id, gift)).rejects.toMatchObject({ code: "forbidden" });
    await expect(importQuestionUpload(await createTeacher(), lesson.id, gift)).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(importQuestionUpload(teacher, lesson.id, { format: "qti", data: "" })).rejects.toMatchObject(
      {
        code: "invalid",
      },
    );
  });
});
