import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { deleteQuestion, moveQuestion, saveQuestion } from "../../lib/content/question-mutations";
import { getLessonForTeacherOrThrow } from "../../lib/content/queries";
import { getLessonForEditorOrThrow } from "../../lib/content/editor-queries";
import { duplicateLesson } from "../../lib/content/duplicate-lesson";
import { exportArticleDocument } from "../../lib/content/export-document";
import { createAssignments } from "../../lib/assignments/mutations";
import { createClassFor, createStudent, createTeacher } from "../support/factories";
import { expectAppError } from "../support/expect-app-error";
import { createPrivateLesson, days, demoLessons } from "../support/scenario";
import { singleChoiceInput } from "../support/editor-input";

const liveIds = async (lessonId: string) =>
  (
    await db.question.findMany({
      where: { lessonId, retiredAt: null },
      orderBy: { position: "asc" },
      select: { id: true },
    })
  ).map((q) => q.id);

async function ownLessonAssigned() {
  const teacher = await createTeacher();
  const lesson = await createPrivateLesson(teacher);
  const cls = await createClassFor(teacher);
  await createAssignments(teacher, { lessonId: lesson.id, classIds: [cls.id], dueAt: days(1) });
  return { teacher, lesson };
}

describe("saveQuestion", () => {
  it("adds a question at the end of the owner's lesson, with the citation text taken from the passage", async () => {
    const teacher = await createTeacher();
    const lesson = await createPrivateLesson(teacher);
    const input = await singleChoiceInput(lesson.id);
    const { id } = await saveQuestion(teacher, lesson.id, null, input);
    expect((await liveIds(lesson.id)).at(-1)).toBe(id);
    const view = await getLessonForTeacherOrThrow(teacher, lesson.id);
    const q = view.questions.find((x) => x.id === id)!;
    expect(q.citationText).toBe(view.passage.slice(input.citation!.start, input.citation!.end));
    expect(q.citationStart).toBe(view.passageStart + input.citation!.start);
    expect(q.choices.map((c) => c.correct)).toEqual([true, false, false]);
  });

  it("returns field errors for input that breaks the content rules, and stores nothing", async () => {
    const teacher = await createTeacher();
    const lesson = await createPrivateLesson(teacher);
    const before = await db.question.count({ where: { lessonId: lesson.id } });
    const input = await singleChoiceInput(lesson.id);
    const error = await expectAppError(
      saveQuestion(teacher, lesson.id, null, { ...input, choices: input.choices.slice(0, 1) }),
      "invalid",
    );
    expect(error.fieldErrors?.choices).toContain("Add at least two choices");
    await expectAppError(saveQuestion(teacher, lesson.id, null, { ...input, points: "many" }), "invalid");
    expect(await db.question.count({ where: { lessonId: lesson.id } })).toBe(before);
  });

  it("edits an unassigned question in place", async () => {
    const teacher = await createTeacher();
    const lesson = await createPrivateLesson(teacher);
    const [first] = await liveIds(lesson.id);
    const saved = await saveQuestion(teacher, lesson.id, first, await singleChoiceInput(lesson.id, 1));
    expect(saved.id).toBe(first);
    const q = await db.question.findUniqueOrThrow({ where: { id: first }, include: { choices: true } });
    expect(q.retiredAt).toBeNull();
    expect(q.type).toBe("single_choice");
    expect(q.choices).toHaveLength(3);
  });

  it("writes a new version of an assigned question and retires the old one, in the same place", async () => {
    const { teacher, lesson } = await ownLessonAssigned();
    const ids = await liveIds(lesson.id);
    const saved = await saveQuestion(teacher, lesson.id, ids[1], await singleChoiceInput(lesson.id));
    expect(saved.id).not.toBe(ids[1]);
    const old = await db.question.findUniqueOrThrow({ where: { id: ids[1] } });
    const now = await db.question.findUniqueOrThrow({ where: { id: saved.id } });
    expect(old.retiredAt).not.toBeNull();
    expect(now.originId).toBe(old.id);
    expect(await liveIds(lesson.id)).toEqual([ids[0], saved.id, ...ids.slice(2)]);
    // A second edit keeps the first version as the origin.
    const again = await saveQuestion(teacher, lesson.id, saved.id, await singleChoiceInput(lesson.id, 2));
    expect(again.id).toBe(saved.id);
    expect((await db.question.findUniqueOrThrow({ where: { id: saved.id } })).originId).toBe(old.id);
  });

  it("refuses shared demo lessons, hides other teachers' lessons and questions, refuses students", async () => {
    const [demo] = await demoLessons();
    const teacher = await createTeacher();
    const lesson = await createPrivateLesson(teacher);
    const input = await singleChoiceInput(lesson.id);
    const [demoQuestion] = await liveIds(demo!.id);
    await expectAppError(saveQuestion(teacher, demo!.id, demoQuestion, input), "forbidden");
    await expectAppError(saveQuestion(await createTeacher(), lesson.id, null, input), "not_found");
    await expectAppError(saveQuestion(teacher, lesson.id, demoQuestion, input), "not_found");
    await expectAppError(saveQuestion(await createStudent(), lesson.id, null, input), "forbidden");
    await expectAppError(
      deleteQuestion(await createTeacher(), lesson.id, (await liveIds(lesson.id))[0]),
      "not_found",
    );
    await expectAppError(
      moveQuestion(await createStudent(), lesson.id, (await liveIds(lesson.id))[0], "up"),
      "forbidden",
    );
  });
});

describe("deleteQuestion and moveQuestion", () => {
  it("deletes an unassigned question and retires an assigned one", async () => {
    const teacher = await createTeacher();
    const lesson = await createPrivateLesson(teacher);
    const [first] = await liveIds(lesson.id);
    expect(await deleteQuestion(teacher, lesson.id, first)).toEqual({ id: first, retired: false });
    expect(await db.question.findUnique({ where: { id: first } })).toBeNull();

    const assigned = await ownLessonAssigned();
    const [a] = await liveIds(assigned.lesson.id);
    expect(await deleteQuestion(assigned.teacher, assigned.lesson.id, a)).toEqual({ id: a, retired: true });
    expect((await db.question.findUniqueOrThrow({ where: { id: a } })).retiredAt).not.toBeNull();
    await expectAppError(deleteQuestion(assigned.teacher, assigned.lesson.id, a), "not_found");
  });

  it("moves a question up and down among the live ones, and not past either end", async () => {
    const teacher = await createTeacher();
    const lesson = await createPrivateLesson(teacher);
    const ids = await liveIds(lesson.id);
    await moveQuestion(teacher, lesson.id, ids[2], "up");
    expect(await liveIds(lesson.id)).toEqual([ids[0], ids[2], ids[1], ...ids.slice(3)]);
    await moveQuestion(teacher, lesson.id, ids[2], "down");
    expect(await liveIds(lesson.id)).toEqual(ids);
    expect(await moveQuestion(teacher, lesson.id, ids[0], "up")).toMatchObject({ moved: false });
    expect(await moveQuestion(teacher, lesson.id, ids.at(-1), "down")).toMatchObject({ moved: false });
    await expectAppError(moveQuestion(teacher, lesson.id, ids[0], "sideways"), "invalid");
    expect(await liveIds(lesson.id)).toEqual(ids);
  });
});

describe("getLessonForEditorOrThrow", () => {
  it("gives every question of every type in a form that saves back unchanged", async () => {
    const teacher = await createTeacher();
    for (const demo of await demoLessons()) await duplicateLesson(teacher, demo.id);
    const slug = (
      await db.article.findFirstOrThrow({ where: { lessons: { some: { ownerId: teacher.id } } } })
    ).slug;
    const mine = (doc: Awaited<ReturnType<typeof exportArticleDocument>>) =>
      doc!.lessons.filter((l) => l.title.startsWith("Copy of ")).map((l) => l.questions);
    const before = mine(await exportArticleDocument(db, slug, teacher.id));
    const copies = await db.lesson.findMany({ where: { ownerId: teacher.id }, select: { id: true } });
    const types = new Set<string>();
    for (const { id } of copies) {
      const editor = await getLessonForEditorOrThrow(teacher, id);
      expect(editor.sentences.length).toBeGreaterThan(3);
      for (const { id: questionId, assigned, ...input } of editor.questions) {
        expect(assigned).toBe(false);
        types.add(input.type);
        expect(await saveQuestion(teacher, id, questionId, input)).toEqual({ id: questionId });
      }
    }
    expect(types.size).toBe(7);
    expect(mine(await exportArticleDocument(db, slug, teacher.id))).toEqual(before);
  });

  it("refuses shared demo lessons and students, and hides other teachers' lessons", async () => {
    const [demo] = await demoLessons();
    const lesson = await createPrivateLesson(await createTeacher());
    await expectAppError(getLessonForEditorOrThrow(await createTeacher(), demo!.id), "forbidden");
    await expectAppError(getLessonForEditorOrThrow(await createTeacher(), lesson.id), "not_found");
    await expectAppError(getLessonForEditorOrThrow(await createStudent(), lesson.id), "forbidden");
  });
});
