import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { listStudentAssignments } from "../../lib/assignments/queries";
import { startAttempt, submitAttempt } from "../../lib/attempts/mutations";
import { expectAppError } from "../support/expect-app-error";
import { createAssignmentRow, days, demoLessons, twoClassrooms } from "../support/scenario";

describe("listStudentAssignments", () => {
  it("sorts the student's open assignments into todo, late (past due, unsubmitted) and done", async () => {
    const { teacher, cls, students, assignment: dueSoon, otherAssignment } = await twoClassrooms(1);
    const student = students[0]!;
    const lessons = await demoLessons();
    const row = (i: number, settings: Parameters<typeof createAssignmentRow>[3]) =>
      createAssignmentRow(teacher, cls.id, lessons[i]!.id, settings);
    const overdue = await row(1, { dueAt: days(-1) });
    const finished = await row(2, { dueAt: days(5) });
    const notYetOpen = await row(3, { openAt: days(1), dueAt: days(6) });
    const lateInProgress = await row(3, { dueAt: days(-2) });
    await submitAttempt(student, (await startAttempt(student, finished.id)).id);
    await startAttempt(student, lateInProgress.id);

    const list = await listStudentAssignments(student);
    const ids = (items: { id: string }[]) => items.map((i) => i.id);
    expect(ids(list.todo)).toEqual([dueSoon.id]);
    expect(list.todo.map((i) => i.status)).toEqual(["not_started"]);
    expect(ids(list.late)).toEqual([lateInProgress.id, overdue.id]);
    expect(list.late.map((i) => i.status)).toEqual(["in_progress", "missing"]);
    expect(list.late[1]).toMatchObject({ className: cls.name, percent: null });
    expect(ids(list.done)).toEqual([finished.id]);
    expect(list.done[0]).toMatchObject({ status: "submitted", percent: 0 });

    const all = [...list.todo, ...list.late, ...list.done].map((i) => i.id);
    expect(all).not.toContain(notYetOpen.id);
    expect(all).not.toContain(otherAssignment.id);
  });

  it("hides assignments of archived classes and shows nothing to a student with no class", async () => {
    const { cls, students, outsider } = await twoClassrooms(1);
    await db.class.update({ where: { id: cls.id }, data: { archivedAt: new Date() } });
    const list = await listStudentAssignments(students[0]!);
    expect([...list.todo, ...list.late, ...list.done]).toEqual([]);
    // The other class is untouched, so its student still sees their own work.
    expect((await listStudentAssignments(outsider)).todo).toHaveLength(1);
  });

  it("refuses teachers (forbidden) and anonymous callers (unauthorized)", async () => {
    const { teacher, otherTeacher } = await twoClassrooms(1);
    await expectAppError(listStudentAssignments(teacher), "forbidden");
    await expectAppError(listStudentAssignments(otherTeacher), "forbidden");
    await expectAppError(listStudentAssignments(null), "unauthorized");
  });
});
