import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { getClassGradebook } from "../../lib/assignments/queries";
import { saveAnswer, startAttempt, submitAttempt } from "../../lib/attempts/mutations";
import type { Viewer } from "../../lib/auth/viewer-types";
import { expectAppError } from "../support/expect-app-error";
import { createAssignmentRow, days, twoClassrooms } from "../support/scenario";

/** Answers the first single-choice question of the attempt right, and submits. */
async function submitWithOneRight(student: Viewer, assignmentId: string) {
  const { id } = await startAttempt(student, assignmentId);
  const key = await db.choice.findFirstOrThrow({
    where: {
      correct: true,
      question: { type: "SINGLE_CHOICE", assignmentQuestions: { some: { assignmentId } } },
    },
  });
  await saveAnswer(student, id, {
    questionId: key.questionId,
    answer: { type: "single_choice", choiceId: key.id },
    version: 1,
  });
  return submitAttempt(student, id);
}

describe("getClassGradebook", () => {
  it("shows each student's status and counted percent for every assignment of the class", async () => {
    const { teacher, cls, students, lesson, assignment } = await twoClassrooms(3);
    const [idle, working, done] = students as [Viewer, Viewer, Viewer];
    const pastDue = await createAssignmentRow(teacher, cls.id, lesson.id, { dueAt: days(-1) });
    await startAttempt(working, assignment.id);
    const result = await submitWithOneRight(done, assignment.id);
    expect(result.percent).toBeGreaterThan(0);
    const late = await submitWithOneRight(done, pastDue.id);
    expect(late.late).toBe(true);

    const book = await getClassGradebook(teacher, cls.id);
    expect(book.class.id).toBe(cls.id);
    // Sorted by due date: the past-due assignment comes first.
    expect(book.assignments.map((a) => a.id)).toEqual([pastDue.id, assignment.id]);
    const cells = (s: Viewer) => book.rows.find((r) => r.student.id === s.id)!.cells;
    expect(book.rows).toHaveLength(3);
    expect(cells(idle)).toEqual([
      { status: "missing", percent: null },
      { status: "not_started", percent: null },
    ]);
    expect(cells(working)).toEqual([
      { status: "missing", percent: null },
      { status: "in_progress", percent: null },
    ]);
    expect(cells(done)).toEqual([
      { status: "late", percent: late.percent },
      { status: "submitted", percent: result.percent },
    ]);
  });

  it("counts the best attempt under the BEST rule", async () => {
    const { teacher, cls, students, assignment } = await twoClassrooms(1, { attemptsAllowed: 2 });
    const student = students[0]!;
    const first = await submitWithOneRight(student, assignment.id);
    const second = await submitAttempt(student, (await startAttempt(student, assignment.id)).id);
    expect(second.percent).toBe(0);
    const book = await getClassGradebook(teacher, cls.id);
    expect(book.rows[0]!.cells).toEqual([{ status: "submitted", percent: first.percent }]);
  });

  it("answers not_found to another teacher and for a garbage id", async () => {
    const { teacher, cls, otherTeacher } = await twoClassrooms(1);
    await expectAppError(getClassGradebook(otherTeacher, cls.id), "not_found");
    await expectAppError(getClassGradebook(teacher, "nope nope"), "not_found");
  });

  it("refuses students, enrolled or not (forbidden), and anonymous callers (unauthorized)", async () => {
    const { cls, students, outsider } = await twoClassrooms(1);
    await expectAppError(getClassGradebook(students[0]!, cls.id), "forbidden");
    await expectAppError(getClassGradebook(outsider, cls.id), "forbidden");
    await expectAppError(getClassGradebook(null, cls.id), "unauthorized");
  });
});
