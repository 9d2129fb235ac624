import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { exportClassGradebook, getClassGradebook } from "../../lib/results/gradebook";
import { sealChoiceId } from "../../lib/attempts/opaque-ids";
import { saveAnswer, startAttempt, submitAttempt } from "../../lib/attempts/mutations";
import type { Viewer } from "../../lib/auth/viewer-types";
import { expectAppError } from "../support/expect-app-error";
import { recordSubmittedAttempt } from "../support/recorded-attempt";
import { createAssignmentRow, days, twoClassrooms } from "../support/scenario";
import { exportClassResultsLong } from "../../lib/results/long-export";
import { removeStudent } from "../../lib/classes/roster";

/** Answers the first single-choice question of the attempt right, and submits. */
async function submitWithOneRight(student: Viewer, assignmentId: string) {
  const { id } = await startAttempt(student, assignmentId);
  const key = await db.choice.findFirstOrThrow({
    where: {
      correct: true,
      question: { type: "single_choice", assignmentQuestions: { some: { assignmentId } } },
    },
  });
  await saveAnswer(student, id, {
    questionId: key.questionId,
    answer: { type: "single_choice", choiceId: sealChoiceId(id, key.id) },
    version: 1,
  });
  return submitAttempt(student, id);
}

/** A submitted attempt with an open response still to grade, its ungraded points counted as 0. */
const recordProvisional = (assignmentId: string, student: Viewer, percent: number) =>
  recordSubmittedAttempt({ assignmentId, studentId: student.id, percent, responses: [], provisional: true });

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
    // Column counts: only a past-due cell without an attempt is missing; an open one is not yet.
    expect(book.assignments.map(({ submitted, missing }) => ({ submitted, missing }))).toEqual([
      { submitted: 1, missing: 2 },
      { submitted: 1, missing: 0 },
    ]);

    const only = async (status: string) =>
      (await getClassGradebook(teacher, cls.id, { status })).rows.map((r) => r.student.id).sort();
    expect(await only("missing")).toEqual([idle.id, working.id].sort());
    expect(await only("not_started")).toEqual([idle.id]);
    expect(await only("late")).toEqual([done.id]);
    expect(await only("needs_grading")).toEqual([]);
  });

  it("counts the best attempt under the best rule", async () => {
    const { teacher, cls, students, assignment } = await twoClassrooms(1, { attemptsAllowed: 2 });
    const student = students[0]!;
    const first = await submitWithOneRight(student, assignment.id);
    const second = await submitAttempt(student, (await startAttempt(student, assignment.id)).id);
    expect(second.percent).toBe(0);
    const book = await getClassGradebook(teacher, cls.id);
    expect(book.rows[0]!.cells).toEqual([{ status: "submitted", percent: first.percent }]);
  });

  it("counts the latest attempt under the latest rule", async () => {
    const { teacher, cls, students, assignment } = await twoClassrooms(1, {
      attemptsAllowed: 2,
      scoringRule: "latest",
    });
    const student = students[0]!;
    await submitWithOneRight(student, assignment.id);
    const second = await submitAttempt(student, (await startAttempt(student, assignment.id)).id);
    const book = await getClassGradebook(teacher, cls.id);
    expect(book.rows[0]!.cells).toEqual([{ status: "submitted", percent: second.percent }]);
  });

  it("averages per assignment, per student and for the class, ignoring cells without a score", async () => {
    const { teacher, cls, students, lesson, assignment } = await twoClassrooms(3);
    const [a, b] = students as [Viewer, Viewer, Viewer];
    const second = await createAssignmentRow(teacher, cls.id, lesson.id, { dueAt: days(2) });
    const aFirst = await submitWithOneRight(a, assignment.id);
    const aSecond = await submitAttempt(a, (await startAttempt(a, second.id)).id);
    const bFirst = await submitWithOneRight(b, assignment.id);

    const book = await getClassGradebook(teacher, cls.id);
    const first = book.assignments.find((x) => x.id === assignment.id)!;
    expect(first.average).toBeCloseTo((aFirst.percent + bFirst.percent) / 2);
    expect(first.submitted).toBe(2);
    const row = (s: Viewer) => book.rows.find((r) => r.student.id === s.id)!;
    expect(row(a).average).toBeCloseTo((aFirst.percent + aSecond.percent) / 2);
    expect(row(b).average).toBeCloseTo(bFirst.percent);
    expect(row(students[2]!).average).toBeNull();
    expect(book.classAverage).toBeCloseTo(((aFirst.percent + aSecond.percent) / 2 + bFirst.percent) / 2);
  });

  it("sorts by name, average or one assignment's score, filters by status and name, and pages", async () => {
    const { teacher, cls, students, assignment } = await twoClassrooms(4);
    const [a, b, c] = students as [Viewer, Viewer, Viewer, Viewer];
    await submitWithOneRight(a, assignment.id);
    await submitAttempt(b, (await startAttempt(b, assignment.id)).id);
    await startAttempt(c, assignment.id);
    const ids = async (view: Record<string, unknown>) =>
      (await getClassGradebook(teacher, cls.id, view)).rows.map((r) => r.student.id);

    // Every factory student is called "Student", so the username breaks the tie.
    const users = await db.user.findMany({
      where: { id: { in: students.map((s) => s.id) } },
      select: { id: true, username: true },
    });
    const byName = users.sort((x, y) => (x.username! < y.username! ? -1 : 1)).map((u) => u.id);
    expect(await ids({})).toEqual(byName);
    expect(await ids({ sort: "name", dir: "desc" })).toEqual([...byName].reverse());
    expect((await ids({ sort: "average", dir: "desc" })).slice(0, 2)).toEqual([a.id, b.id]);
    expect((await ids({ sort: assignment.id, dir: "asc" })).slice(0, 2)).toEqual([b.id, a.id]);
    expect(await ids({ status: "in_progress" })).toEqual([c.id]);
    const aUsername = users.find((u) => u.id === a.id)!.username!;
    expect(await ids({ q: aUsername.toUpperCase() })).toEqual([a.id]);
    expect(await ids({ q: "%" })).toEqual([]);

    const paged = await getClassGradebook(teacher, cls.id, { page: 2 });
    expect(paged.total).toBe(0);
    const nonsense = await getClassGradebook(teacher, cls.id, { sort: "x y", dir: "up", page: "-3" });
    expect(nonsense.view).toMatchObject({ sort: "name", dir: "asc", page: 1 });
    expect(nonsense.rows.map((r) => r.student.id)).toEqual(byName);
  });

  it("pages assignment columns ten at a time, latest first, keeping averages over all of them", async () => {
    const { teacher, cls, students, lesson, assignment } = await twoClassrooms(1);
    const older = [];
    for (let i = 0; i < 11; i++) {
      older.push(await createAssignmentRow(teacher, cls.id, lesson.id, { dueAt: days(-20 + i) }));
    }
    const early = await submitWithOneRight(students[0]!, older[0]!.id);
    const first = await getClassGradebook(teacher, cls.id);
    expect(first.assignmentCount).toBe(12);
    expect(first.colPageCount).toBe(2);
    expect(first.assignments.map((a) => a.id)).toEqual([...older.slice(2).map((a) => a.id), assignment.id]);
    expect(first.rows[0]!.cells).toHaveLength(10);
    expect(first.rows[0]!.average).toBeCloseTo(early.percent);
    const second = await getClassGradebook(teacher, cls.id, { cols: 2 });
    expect(second.assignments.map((a) => a.id)).toEqual(older.slice(0, 2).map((a) => a.id));
    expect(second.rows[0]!.cells).toEqual([
      { status: "late", percent: early.percent },
      { status: "missing", percent: null },
    ]);
    const { csv } = await exportClassGradebook(teacher, cls.id);
    expect(csv.split("\r\n")[0]!.split(",")).toHaveLength(3 + 2 * 12);
  });

  it("exports every student as a CSV row, with formula-like names neutralized", async () => {
    const { teacher, cls, students, assignment } = await twoClassrooms(2);
    const [a, b] = students as [Viewer, Viewer];
    await db.user.update({ where: { id: b.id }, data: { displayName: "=HYPERLINK(1)" } });
    const result = await submitWithOneRight(a, assignment.id);
    const { filename, csv } = await exportClassGradebook(teacher, cls.id);
    expect(filename).toMatch(/-gradebook\.csv$/);
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^Student,Username,Average %,.+ %,.+ status$/);
    expect(lines.find((l) => l.startsWith("'=HYPERLINK(1)"))).toMatch(/,,Not started$/);
    expect(lines.find((l) => l.startsWith("Student,s-"))).toContain(
      `,${result.percent},${result.percent},Submitted`,
    );
    await expectAppError(exportClassGradebook(students[0]!, cls.id), "forbidden");
  });

  it("leaves provisional scores out of averages unless the teacher counts them, and marks them", async () => {
    const { teacher, cls, students, assignment } = await twoClassrooms(2);
    const [graded, waiting] = students as [Viewer, Viewer];
    await recordSubmittedAttempt({
      assignmentId: assignment.id,
      studentId: graded.id,
      percent: 80,
      responses: [],
    });
    await recordProvisional(assignment.id, waiting, 40);
    const book = await getClassGradebook(teacher, cls.id);
    const row = (b: typeof book, s: Viewer) => b.rows.find((r) => r.student.id === s.id)!;
    expect(row(book, waiting).cells).toEqual([{ status: "needs_grading", percent: 40 }]);
    expect(row(book, waiting).average).toBeNull();
    expect(row(book, graded).average).toBeCloseTo(80);
    expect(book.assignments[0]!.average).toBeCloseTo(80);
    expect(book.assignments[0]!.needsGrading).toBe(1);
    expect(book.classAverage).toBeCloseTo(80);

    const counting = await getClassGradebook(teacher, cls.id, { provisional: "include" });
    expect(counting.view.provisional).toBe("include");
    expect(row(counting, waiting).average).toBeCloseTo(40);
    expect(counting.assignments[0]!.average).toBeCloseTo(60);
    expect(counting.classAverage).toBeCloseTo(60);
  });

  it("lists a class's assignments while it has no students", async () => {
    const { teacher, cls, students, assignment } = await twoClassrooms(1);
    await db.enrollment.deleteMany({ where: { classId: cls.id, studentId: students[0]!.id } });
    const book = await getClassGradebook(teacher, cls.id);
    expect(book.rows).toEqual([]);
    expect(book.assignments.map((a) => a.id)).toEqual([assignment.id]);
  });

  it("exports a long CSV: one row per student and assignment, with points, maximum, status, time and lateness", async () => {
    const { teacher, cls, students, lesson, assignment, otherTeacher } = await twoClassrooms(3);
    const [done, waiting, leaver] = students as [Viewer, Viewer, Viewer];
    const pastDue = await createAssignmentRow(teacher, cls.id, lesson.id, { dueAt: days(-1) });
    const late = await submitWithOneRight(done, pastDue.id);
    await recordProvisional(assignment.id, waiting, 40);
    await removeStudent(teacher, cls.id, { studentId: leaver.id });
    const users = await db.user.findMany({ where: { id: { in: students.map((s) => s.id) } } });
    const userOf = (s: Viewer) => users.find((u) => u.id === s.id)!;
    const { filename, csv } = await exportClassResultsLong(teacher, cls.id);
    expect(filename).toMatch(/-results-long\.csv$/);
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toBe("Student,Username,Assignment,Due,Points,Maximum,Percent,Status,Submitted,Late");
    // Three students × two assignments, the past-due one first.
    expect(lines).toHaveLength(1 + 6);
    const cells = (s: Viewer, i: number) =>
      lines
        .slice(1 + i * 3, 4 + i * 3)
        .map((l) => l.split(","))
        .find((c) => c[1] === userOf(s).username)!;
    const doneLate = cells(done, 0);
    expect(doneLate.slice(4, 8)).toEqual([
      String(late.points),
      String(late.maxPoints),
      String(late.percent),
      "Submitted late",
    ]);
    expect(doneLate[8]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d UTC$/);
    expect(doneLate[9]).toBe("yes");
    expect(cells(waiting, 0).slice(4)).toEqual(["", "", "", "Missing", "", ""]);
    expect(cells(waiting, 1).slice(4, 8)).toEqual(["4", "10", "40", "Needs grading (score provisional)"]);
    expect(cells(waiting, 1)[9]).toBe("no");
    expect(cells(leaver, 1)[0]).toBe(`${userOf(leaver).displayName} (left the class)`);
    expect(cells(done, 1).slice(4)).toEqual(["", "", "", "Not started", "", ""]);

    await expectAppError(exportClassResultsLong(otherTeacher, cls.id), "not_found");
    await expectAppError(exportClassResultsLong(done, cls.id), "forbidden");
    await expectAppError(exportClassResultsLong(null, cls.id), "unauthorized");
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
