import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { duplicateLesson } from "../../lib/content/duplicate-lesson";
import { requireOwnLesson } from "../../lib/content/lesson-access";
import { updateLessonDetails } from "../../lib/content/lesson-details";
import { getLessonForTeacherOrThrow } from "../../lib/content/queries";
import { createStudent, createTeacher } from "../support/factories";
import { expectAppError } from "../support/expect-app-error";
import { createPrivateLesson, demoLessons } from "../support/scenario";

const keyOf = (lesson: Awaited<ReturnType<typeof getLessonForTeacherOrThrow>>) =>
  lesson.questions.map(({ id: _id, choices, evidenceOptions, ...q }) => ({
    ...q,
    choices: choices.map(({ id: _c, ...c }) => c),
    evidenceOptions: evidenceOptions.map(({ id: _e, ...e }) => e),
  }));

describe("duplicateLesson", () => {
  it("copies a shared demo lesson with its questions, choices and evidence as the teacher's own", async () => {
    const [demo] = await demoLessons();
    const teacher = await createTeacher();
    const copy = await duplicateLesson(teacher, demo!.id);
    const stored = await db.lesson.findUniqueOrThrow({ where: { id: copy.id } });
    expect(stored.ownerId).toBe(teacher.id);
    expect(stored.title).toBe(`Copy of ${demo!.title}`);
    const original = await getLessonForTeacherOrThrow(teacher, demo!.id);
    const copied = await getLessonForTeacherOrThrow(teacher, copy.id);
    expect(copied.passage).toBe(original.passage);
    expect(keyOf(copied)).toEqual(keyOf(original));
    expect(copied.questions.some((q) => q.evidenceOptions.length > 0)).toBe(true);
    const sharedIds = new Set(original.questions.map((q) => q.id));
    expect(copied.questions.every((q) => !sharedIds.has(q.id))).toBe(true);
  });

  it("names the copy as the teacher chose, the default when left blank, and refuses an over-long name", async () => {
    const [demo] = await demoLessons();
    const teacher = await createTeacher();
    const named = await duplicateLesson(teacher, demo!.id, { title: "  Period 3 reading  " });
    expect(named.title).toBe("Period 3 reading");
    expect((await duplicateLesson(teacher, demo!.id, { title: " " })).title).toBe(`Copy of ${demo!.title}`);
    const before = await db.lesson.count({ where: { ownerId: teacher.id } });
    await expectAppError(duplicateLesson(teacher, demo!.id, { title: "x".repeat(201) }), "invalid");
    expect(await db.lesson.count({ where: { ownerId: teacher.id } })).toBe(before);
  });

  it("leaves out retired questions, and a copy of a draft stays a draft", async () => {
    const teacher = await createTeacher();
    const lesson = await createPrivateLesson(teacher, "draft");
    const first = await db.question.findFirstOrThrow({
      where: { lessonId: lesson.id },
      orderBy: { position: "asc" },
    });
    await db.question.update({ where: { id: first.id }, data: { retiredAt: new Date() } });
    const copy = await duplicateLesson(teacher, lesson.id);
    const live = await db.question.count({ where: { lessonId: lesson.id, retiredAt: null } });
    expect(await db.question.count({ where: { lessonId: copy.id } })).toBe(live);
    expect((await db.lesson.findUniqueOrThrow({ where: { id: copy.id } })).status).toBe("draft");
  });

  it("answers not_found for another teacher's lesson and refuses students and anonymous callers", async () => {
    const owner = await createTeacher();
    const lesson = await createPrivateLesson(owner, "published");
    await expectAppError(duplicateLesson(await createTeacher(), lesson.id), "not_found");
    await expectAppError(duplicateLesson(await createTeacher(), "not a valid id!"), "not_found");
    await expectAppError(duplicateLesson(await createStudent(), lesson.id), "forbidden");
    await expectAppError(duplicateLesson(null, lesson.id), "unauthorized");
  });
});

describe("updateLessonDetails", () => {
  it("saves the owner's title, objectives (one a line) and description; the passage stays the article's", async () => {
    const owner = await createTeacher();
    const lesson = await createPrivateLesson(owner, "published");
    const before = await db.lesson.findUniqueOrThrow({ where: { id: lesson.id } });
    await updateLessonDetails(owner, {
      lessonId: lesson.id,
      title: " Gardens, week 2 ",
      objectives: "Find the main idea\r\n\n  Cite two sentences  \n",
      description: "What the school garden taught us.",
    });
    const after = await db.lesson.findUniqueOrThrow({ where: { id: lesson.id } });
    expect(after).toMatchObject({
      title: "Gardens, week 2",
      objectives: ["Find the main idea", "Cite two sentences"],
      description: "What the school garden taught us.",
      passage: before.passage,
    });
    expect((await getLessonForTeacherOrThrow(owner, lesson.id)).description).toBe(after.description);
  });

  it("refuses a blank title or too many objectives, naming the field and writing nothing", async () => {
    const owner = await createTeacher();
    const lesson = await createPrivateLesson(owner, "published");
    const before = await db.lesson.findUniqueOrThrow({ where: { id: lesson.id } });
    const blank = await updateLessonDetails(owner, {
      lessonId: lesson.id,
      title: "  ",
      objectives: "",
    }).catch((e: unknown) => e);
    expect(blank).toMatchObject({ code: "invalid", fieldErrors: { title: ["Give the lesson a title."] } });
    await expectAppError(
      updateLessonDetails(owner, { lessonId: lesson.id, title: "T", objectives: "a\n".repeat(13) }),
      "invalid",
    );
    expect(await db.lesson.findUniqueOrThrow({ where: { id: lesson.id } })).toEqual(before);
  });

  it("is the owner's only: a shared lesson is read-only, another teacher's is not found, students are refused", async () => {
    const [demo] = await demoLessons();
    const owner = await createTeacher();
    const lesson = await createPrivateLesson(owner, "published");
    const input = (lessonId: string) => ({ lessonId, title: "Taken over", objectives: "" });
    await expectAppError(updateLessonDetails(owner, input(demo!.id)), "forbidden");
    await expectAppError(updateLessonDetails(await createTeacher(), input(lesson.id)), "not_found");
    await expectAppError(updateLessonDetails(await createStudent(), input(lesson.id)), "forbidden");
    await expectAppError(updateLessonDetails(null, input(lesson.id)), "unauthorized");
    expect((await db.lesson.findUniqueOrThrow({ where: { id: lesson.id } })).title).not.toBe("Taken over");
  });
});

describe("requireOwnLesson (who may edit a lesson)", () => {
  it("lets the owner edit, refuses shared demo lessons, hides other teachers' lessons, refuses students", async () => {
    const [demo] = await demoLessons();
    const owner = await createTeacher();
    const lesson = await createPrivateLesson(owner);
    expect((await requireOwnLesson(owner, lesson.id)).lesson.id).toBe(lesson.id);
    await expectAppError(requireOwnLesson(owner, demo!.id), "forbidden", { message: /read-only/ });
    await expectAppError(requireOwnLesson(await createTeacher(), lesson.id), "not_found");
    await expectAppError(requireOwnLesson(await createStudent(), lesson.id), "forbidden");
    await expectAppError(requireOwnLesson(null, lesson.id), "unauthorized");
  });
});
