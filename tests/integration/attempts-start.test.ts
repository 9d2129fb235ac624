import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { startAttempt, submitAttempt } from "../../lib/attempts/mutations";
import { expectRefusedWithoutWrites } from "../support/db-state";
import { createAssignmentRow, days, twoClassrooms } from "../support/scenario";

describe("startAttempt", () => {
  it("starts attempt 1, then resumes the open attempt instead of creating another", async () => {
    const { students, assignment } = await twoClassrooms(1);
    const student = students[0]!;
    const first = await startAttempt(student, assignment.id);
    expect(await startAttempt(student, assignment.id)).toEqual(first);
    const rows = await db.attempt.findMany({ where: { assignmentId: assignment.id } });
    expect(rows).toMatchObject([{ id: first.id, studentId: student.id, number: 1, status: "in_progress" }]);
    expect(rows[0]!.deadlineAt).toBeNull();
  });

  it("creates exactly one attempt when several starts race", async () => {
    const { students, assignment } = await twoClassrooms(1);
    const results = await Promise.all(
      Array.from({ length: 8 }, () => startAttempt(students[0]!, assignment.id)),
    );
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(await db.attempt.count({ where: { assignmentId: assignment.id } })).toBe(1);
  });

  it("refuses an attempt beyond attemptsAllowed with a conflict that says so, writing nothing", async () => {
    const { students, assignment } = await twoClassrooms(1, { attemptsAllowed: 2 });
    const student = students[0]!;
    await submitAttempt(student, (await startAttempt(student, assignment.id)).id);
    const second = await startAttempt(student, assignment.id);
    expect(await db.attempt.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({ number: 2 });
    await submitAttempt(student, second.id);
    const error = await expectRefusedWithoutWrites(() => startAttempt(student, assignment.id), "conflict");
    expect(error.message).toMatch(/used all 2 attempts/i);
  });

  it("honours a student's extra attempts accommodation", async () => {
    const { students, assignment } = await twoClassrooms(2);
    const [helped, other] = students as [(typeof students)[0], (typeof students)[0]];
    await db.accommodation.create({
      data: { assignmentId: assignment.id, studentId: helped.id, extraAttempts: 1 },
    });
    for (const s of [helped, other]) await submitAttempt(s, (await startAttempt(s, assignment.id)).id);
    expect(await startAttempt(helped, assignment.id)).toHaveProperty("id");
    await expectRefusedWithoutWrites(() => startAttempt(other, assignment.id), "conflict");
  });

  it("refuses a closed assignment (close policy past due, or closed by the teacher) with a conflict", async () => {
    const { teacher, cls, lesson, students } = await twoClassrooms(1);
    const pastDue = await createAssignmentRow(teacher, cls.id, lesson.id, {
      dueAt: days(-1),
      latePolicy: "close",
    });
    const closed = await createAssignmentRow(teacher, cls.id, lesson.id, { closedAt: new Date() });
    for (const { id } of [pastDue, closed]) {
      const error = await expectRefusedWithoutWrites(() => startAttempt(students[0]!, id), "conflict");
      expect(error.message).toMatch(/closed/i);
    }
  });

  it("lets a student start late when the policy accepts late work", async () => {
    const { teacher, cls, lesson, students } = await twoClassrooms(1);
    const pastDue = await createAssignmentRow(teacher, cls.id, lesson.id, { dueAt: days(-1) });
    const { id } = await startAttempt(students[0]!, pastDue.id);
    expect(await submitAttempt(students[0]!, id)).toMatchObject({ late: true });
  });

  it("answers not_found for another class's assignment, one not yet open, and a missing id", async () => {
    const { teacher, cls, lesson, students, outsider, assignment, otherAssignment } = await twoClassrooms(1);
    const future = await createAssignmentRow(teacher, cls.id, lesson.id, { openAt: days(1), dueAt: days(2) });
    await expectRefusedWithoutWrites(() => startAttempt(outsider, assignment.id), "not_found");
    await expectRefusedWithoutWrites(() => startAttempt(students[0]!, otherAssignment.id), "not_found");
    await expectRefusedWithoutWrites(() => startAttempt(students[0]!, future.id), "not_found");
    await expectRefusedWithoutWrites(
      () => startAttempt(students[0]!, "cmissing000000000000000000"),
      "not_found",
    );
    // An id PostgreSQL could not even compare (a NUL character) is just as missing.
    await expectRefusedWithoutWrites(() => startAttempt(students[0]!, "da\u0000_1"), "not_found");
  });

  it("refuses teachers (forbidden) and anonymous callers (unauthorized), writing nothing", async () => {
    const { teacher, otherTeacher, assignment } = await twoClassrooms(1);
    await expectRefusedWithoutWrites(() => startAttempt(teacher, assignment.id), "forbidden");
    await expectRefusedWithoutWrites(() => startAttempt(otherTeacher, assignment.id), "forbidden");
    await expectRefusedWithoutWrites(() => startAttempt(null, assignment.id), "unauthorized");
  });
});
