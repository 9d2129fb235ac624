import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { getLessonForTeacherOrThrow, listLibraryLessons } from "../../lib/content/queries";
import { createTeacher } from "../support/factories";
import { expectAppError } from "../support/expect-app-error";
import { createPrivateLesson, demoLessons, twoClassrooms } from "../support/scenario";

describe("listLibraryLessons", () => {
  it("shows every teacher the shared demo lessons, with their question counts", async () => {
    const demo = await demoLessons();
    const teacher = await createTeacher();
    const list = await listLibraryLessons(teacher);
    expect(list.filter((l) => l.shared).map((l) => l.id)).toEqual(demo.map((l) => l.id));
    for (const lesson of list) {
      const live = await db.question.count({ where: { lessonId: lesson.id, retiredAt: null } });
      expect(lesson.questionCount).toBe(live);
      expect(lesson.questionCount).toBeGreaterThan(0);
    }
  });

  it("includes the teacher's own private lessons but never another teacher's", async () => {
    const mine = await createTeacher();
    const theirs = await createTeacher();
    const myDraft = await createPrivateLesson(mine, "draft");
    const theirPublished = await createPrivateLesson(theirs, "published");
    const ids = (await listLibraryLessons(mine)).map((l) => l.id);
    expect(ids).toContain(myDraft.id);
    expect(ids).not.toContain(theirPublished.id);
    expect((await listLibraryLessons(theirs)).map((l) => l.id)).not.toContain(myDraft.id);
  });

  it("refuses students (forbidden) and anonymous callers (unauthorized)", async () => {
    const { students, outsider } = await twoClassrooms(1);
    await expectAppError(listLibraryLessons(students[0]!), "forbidden");
    await expectAppError(listLibraryLessons(outsider), "forbidden");
    await expectAppError(listLibraryLessons(null), "unauthorized");
  });
});

describe("getLessonForTeacherOrThrow", () => {
  it("returns a shared lesson with its live questions in order and their answer key", async () => {
    const [lesson] = await demoLessons();
    const teacher = await createTeacher();
    const view = await getLessonForTeacherOrThrow(teacher, lesson!.id);
    const stored = await db.question.findMany({
      where: { lessonId: lesson!.id, retiredAt: null },
      orderBy: { position: "asc" },
      select: { id: true },
    });
    expect(view.questions.map((q) => q.id)).toEqual(stored.map((q) => q.id));
    const single = view.questions.find((q) => q.type === "single_choice")!;
    expect(single.choices.filter((c) => c.correct)).toHaveLength(1);
    expect(single.explanation.length).toBeGreaterThan(0);
  });

  it("returns the teacher's own private lesson", async () => {
    const teacher = await createTeacher();
    const lesson = await createPrivateLesson(teacher, "draft");
    expect(await getLessonForTeacherOrThrow(teacher, lesson.id)).toMatchObject({ id: lesson.id });
  });

  it("answers not_found for another teacher's private lesson, a missing id and a garbage id", async () => {
    const teacher = await createTeacher();
    const other = await createTeacher();
    for (const status of ["draft", "published"] as const) {
      const theirs = await createPrivateLesson(other, status);
      await expectAppError(getLessonForTeacherOrThrow(teacher, theirs.id), "not_found");
    }
    await expectAppError(getLessonForTeacherOrThrow(teacher, "cmissinglesson000000000000"), "not_found");
    await expectAppError(getLessonForTeacherOrThrow(teacher, '\'; DROP TABLE "Lesson"; --'), "not_found");
  });

  it("answers not_found for a shared lesson that is still a draft", async () => {
    const [lesson] = await demoLessons();
    await db.lesson.update({ where: { id: lesson!.id }, data: { status: "draft" } });
    try {
      await expectAppError(getLessonForTeacherOrThrow(await createTeacher(), lesson!.id), "not_found");
    } finally {
      await db.lesson.update({ where: { id: lesson!.id }, data: { status: "published" } });
    }
  });

  it("refuses students (forbidden) and anonymous callers (unauthorized)", async () => {
    const { students, outsider, lesson } = await twoClassrooms(1);
    await expectAppError(getLessonForTeacherOrThrow(students[0]!, lesson.id), "forbidden");
    await expectAppError(getLessonForTeacherOrThrow(outsider, lesson.id), "forbidden");
    await expectAppError(getLessonForTeacherOrThrow(null, lesson.id), "unauthorized");
  });
});
