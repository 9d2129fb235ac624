import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { createAssignments } from "../../lib/assignments/mutations";
import { createClassFor, createTeacher, ensureDemoContent } from "../support/factories";
import { expectRefusedWithoutWrites } from "../support/db-state";
import { createPrivateLesson, days, demoLessons, twoClassrooms } from "../support/scenario";

async function teacherWithClasses(n: number) {
  const teacher = await createTeacher();
  const classes = await Promise.all(Array.from({ length: n }, () => createClassFor(teacher)));
  const lesson = await ensureDemoContent();
  return { teacher, classes, lesson };
}

describe("createAssignments", () => {
  it("assigns a shared lesson to the teacher's classes, snapshotting its questions in order", async () => {
    const { teacher, classes, lesson } = await teacherWithClasses(2);
    const dueAt = days(3);
    const created = await createAssignments(teacher, {
      lessonId: lesson.id,
      classIds: [classes[0]!.id, classes[1]!.id, classes[0]!.id],
      dueAt: dueAt.toISOString(),
      attemptsAllowed: "2",
      releasePolicy: "never",
    });
    expect(created.map((a) => a.classId).sort()).toEqual(classes.map((c) => c.id).sort());

    const questions = await db.question.findMany({
      where: { lessonId: lesson.id, retiredAt: null },
      orderBy: { position: "asc" },
      select: { id: true },
    });
    for (const { id } of created) {
      const row = await db.assignment.findUniqueOrThrow({
        where: { id },
        include: { questions: { orderBy: { position: "asc" } } },
      });
      expect(row).toMatchObject({ createdById: teacher.id, lessonId: lesson.id, attemptsAllowed: 2 });
      expect(row.releasePolicy).toBe("never");
      expect(row.dueAt.getTime()).toBe(dueAt.getTime());
      expect(row.openAt.getTime()).toBeLessThanOrEqual(Date.now());
      expect(row.questions.map((q) => q.questionId)).toEqual(questions.map((q) => q.id));
      expect(row.questions.map((q) => q.position)).toEqual(questions.map((_, i) => i));
    }
  });

  it("refuses an archived class as not found and writes nothing", async () => {
    const { teacher, classes, lesson } = await teacherWithClasses(1);
    await db.class.update({ where: { id: classes[0]!.id }, data: { archivedAt: new Date() } });
    await expectRefusedWithoutWrites(
      () => createAssignments(teacher, { lessonId: lesson.id, classIds: [classes[0]!.id], dueAt: days(2) }),
      "not_found",
    );
  });

  it("refuses a draft lesson (an import still under review) with a message on the lesson, writing nothing", async () => {
    const { teacher, classes } = await teacherWithClasses(1);
    const draft = await createPrivateLesson(teacher, "draft");
    const error = await expectRefusedWithoutWrites(
      () => createAssignments(teacher, { lessonId: draft.id, classIds: [classes[0]!.id], dueAt: days(2) }),
      "invalid",
    );
    expect(error.fieldErrors?.lessonId).toEqual([
      expect.stringMatching(/^Publish this lesson before assigning it/),
    ]);
  });

  it("leaves retired questions out of the snapshot, and keeps earlier snapshots intact", async () => {
    const { teacher, classes } = await teacherWithClasses(1);
    const lesson = await createPrivateLesson(teacher, "published");
    const input = { lessonId: lesson.id, classIds: [classes[0]!.id], dueAt: days(2) };
    const [before] = await createAssignments(teacher, input);
    const retired = await db.question.findFirstOrThrow({ where: { lessonId: lesson.id, position: 0 } });
    await db.question.update({ where: { id: retired.id }, data: { retiredAt: new Date() } });
    const [after] = await createAssignments(teacher, input);

    const idsOf = async (assignmentId: string) =>
      (await db.assignmentQuestion.findMany({ where: { assignmentId }, orderBy: { position: "asc" } })).map(
        (q) => q.questionId,
      );
    expect(await idsOf(before!.id)).toContain(retired.id);
    expect(await idsOf(after!.id)).not.toContain(retired.id);
    expect((await idsOf(after!.id)).length).toBe((await idsOf(before!.id)).length - 1);
  });

  it("answers not_found for another teacher's class, alone or among the teacher's own, writing nothing", async () => {
    const { teacher, cls, otherClass, lesson } = await twoClassrooms(1);
    const input = { lessonId: lesson.id, dueAt: days(2) };
    await expectRefusedWithoutWrites(
      () => createAssignments(teacher, { ...input, classIds: [otherClass.id] }),
      "not_found",
    );
    await expectRefusedWithoutWrites(
      () => createAssignments(teacher, { ...input, classIds: [cls.id, otherClass.id] }),
      "not_found",
    );
  });

  it("answers not_found for an unknown lesson and another teacher's private lesson, writing nothing", async () => {
    const { teacher, classes } = await teacherWithClasses(1);
    const theirs = await createPrivateLesson(await createTeacher(), "published");
    for (const lessonId of ["cmissinglesson000000000000", theirs.id]) {
      await expectRefusedWithoutWrites(
        () => createAssignments(teacher, { lessonId, classIds: [classes[0]!.id], dueAt: days(2) }),
        "not_found",
      );
    }
  });

  it.each([
    ["a due date in the past", { dueAt: days(-1) }],
    ["a due date before the open date", { openAt: days(5), dueAt: days(4) }],
    ["a due date equal to the open date", { openAt: days(4), dueAt: days(4) }],
    ["a due date that is not a date", { dueAt: "next tuesday-ish" }],
  ])("refuses %s as invalid on the dueAt field, writing nothing", async (_label, dates) => {
    const { teacher, classes, lesson } = await teacherWithClasses(1);
    const error = await expectRefusedWithoutWrites(
      () => createAssignments(teacher, { lessonId: lesson.id, classIds: [classes[0]!.id], ...dates }),
      "invalid",
    );
    expect(error.fieldErrors?.dueAt?.length).toBeGreaterThan(0);
  });

  it.each([
    ["no classes", { classIds: [] }, "classIds"],
    ["zero attempts", { attemptsAllowed: 0 }, "attemptsAllowed"],
    ["an unknown release policy", { releasePolicy: "SOMETIMES" }, "releasePolicy"],
  ])("refuses %s as invalid with a field error, writing nothing", async (_label, patch, field) => {
    const { teacher, classes, lesson } = await teacherWithClasses(1);
    const input = { lessonId: lesson.id, classIds: [classes[0]!.id], dueAt: days(2), ...patch };
    const error = await expectRefusedWithoutWrites(() => createAssignments(teacher, input), "invalid");
    expect(error.fieldErrors?.[field]?.length).toBeGreaterThan(0);
  });

  it("refuses students (forbidden) and anonymous callers (unauthorized), writing nothing", async () => {
    const { cls, students, outsider } = await twoClassrooms(1);
    const [lesson] = await demoLessons();
    const input = { lessonId: lesson!.id, classIds: [cls.id], dueAt: days(2) };
    await expectRefusedWithoutWrites(() => createAssignments(students[0]!, input), "forbidden");
    await expectRefusedWithoutWrites(() => createAssignments(outsider, input), "forbidden");
    await expectRefusedWithoutWrites(() => createAssignments(null, input), "unauthorized");
  });
});
