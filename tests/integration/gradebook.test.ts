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
import { gradeResponse } from "../../lib/results/grade-response";
import { getAttemptForTeacher } from "../../lib/results/teacher-attempt";
import { getMyProgress, getStudentReport } from "../../lib/results/student-report";
import { listStudentAssignments } from "../../lib/assignments/queries";

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

/** Starts an attempt and answers its open response (left for the teacher to grade), not yet submitted. */
async function startWithOpenResponse(student: Viewer, assignmentId: string) {
  const { id: attemptId } = await startAttempt(student, assignmentId);
  const open = await db.question.findFirstOrThrow({
    where: { type: "open_response", assignmentQuestions: { some: { assignmentId } } },
  });
  await saveAnswer(student, attemptId, {
    questionId: open.id,
    answer: { type: "open_response", text: "The author worries about who decides." },
    version: 1,
  });
  return { attemptId, open };
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

  it("counts as missing only the students still in the class without an attempt", async () => {
    const { teacher, cls, students, lesson } = await twoClassrooms(4);
    const [done, idle, leftIdle, leftDone] = students as [Viewer, Viewer, Viewer, Viewer];
    const pastDue = await createAssignmentRow(teacher, cls.id, lesson.id, { dueAt: days(-1) });
    await submitWithOneRight(done, pastDue.id);
    await submitWithOneRight(leftDone, pastDue.id);
    await removeStudent(teacher, cls.id, { studentId: leftIdle.id });
    await removeStudent(teacher, cls.id, { studentId: leftDone.id });

    const book = await getClassGradebook(teacher, cls.id);
    const column = book.assignments.find((a) => a.id === pastDue.id)!;
    expect({ submitted: column.submitted, missing: column.missing }).toEqual({ submitted: 2, missing: 1 });
    expect(book.rows.find((r) => r.student.id === idle.id)!.cells[0]).toEqual({
      status: "missing",
      percent: null,
    });
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
    // No open response recorded here, so nothing is pending: 4 of the 10 points graded so far.
    expect(row(book, waiting).cells).toEqual([
      {
        status: "needs_grading",
        percent: 40,
        gradedSoFar: { points: 4, gradedMax: 10, pendingPoints: 0, percent: 40 },
      },
    ]);
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

  it("shows a provisional cell over the points graded so far, names the pending points, and updates once graded", async () => {
    const { teacher, cls, students, assignment } = await twoClassrooms(2);
    const [writer, other] = students as [Viewer, Viewer];
    const otherResult = await submitWithOneRight(other, assignment.id);
    const { attemptId, open } = await startWithOpenResponse(writer, assignment.id);
    const key = await db.choice.findFirstOrThrow({
      where: {
        correct: true,
        question: { type: "single_choice", assignmentQuestions: { some: { assignmentId: assignment.id } } },
      },
    });
    await saveAnswer(writer, attemptId, {
      questionId: key.questionId,
      answer: { type: "single_choice", choiceId: sealChoiceId(attemptId, key.id) },
      version: 1,
    });
    const submitted = await submitAttempt(writer, attemptId);
    expect(submitted.provisional).toBe(true);
    const right = (await db.question.findUniqueOrThrow({ where: { id: key.questionId } })).points;
    const gradedMax = submitted.maxPoints - open.points;

    const book = await getClassGradebook(teacher, cls.id);
    const row = (b: typeof book, s: Viewer) => b.rows.find((r) => r.student.id === s.id)!;
    expect(row(book, writer).cells).toEqual([
      {
        status: "needs_grading",
        percent: submitted.percent,
        gradedSoFar: {
          points: right,
          gradedMax,
          pendingPoints: open.points,
          percent: Math.round((right / gradedMax) * 1000) / 10,
        },
      },
    ]);
    // A final cell carries no graded-so-far part; averages leave the provisional one out by default.
    expect(row(book, other).cells).toEqual([{ status: "submitted", percent: otherResult.percent }]);
    expect(book.assignments[0]!.average).toBeCloseTo(otherResult.percent);
    const counting = await getClassGradebook(teacher, cls.id, { provisional: "include" });
    expect(row(counting, writer).cells).toEqual(row(book, writer).cells);
    expect(counting.assignments[0]!.average).toBeCloseTo((otherResult.percent + submitted.percent) / 2);

    // The teacher's student page, the student's progress and dashboard show the same score over graded points.
    const gradedSoFar = row(book, writer).cells[0]!.gradedSoFar;
    expect((await getAttemptForTeacher(teacher, attemptId)).gradedSoFar).toEqual(gradedSoFar);
    const report = await getStudentReport(teacher, cls.id, writer.id);
    expect(report.attempts.map((a) => a.gradedSoFar)).toEqual([gradedSoFar]);
    expect((await getMyProgress(writer)).scores.map((x) => x.gradedSoFar)).toEqual([gradedSoFar]);
    expect((await listStudentAssignments(writer)).done.map((x) => x.gradedSoFar)).toEqual([gradedSoFar]);

    const response = await db.response.findFirstOrThrow({ where: { attemptId, questionId: open.id } });
    await gradeResponse(teacher, { responseId: response.id, points: String(open.points) });
    const graded = await getClassGradebook(teacher, cls.id);
    const percent = Math.round(((right + open.points) / submitted.maxPoints) * 1000) / 10;
    expect(row(graded, writer).cells).toEqual([{ status: "submitted", percent }]);
    expect(graded.assignments[0]!.average).toBeCloseTo((otherResult.percent + percent) / 2);
    expect((await getStudentReport(teacher, cls.id, writer.id)).attempts[0]!.gradedSoFar).toBeNull();
    expect((await getMyProgress(writer)).scores[0]!.gradedSoFar).toBeNull();
    expect((await listStudentAssignments(writer)).done[0]).toMatchObject({ percent, gradedSoFar: null });
  });

  it("exports a provisional cell as the page shows it: no percent, the points graded and to grade named", async () => {
    const { teacher, cls, students, assignment } = await twoClassrooms(1);
    const student = students[0]!;
    const { attemptId, open } = await startWithOpenResponse(student, assignment.id);
    const submitted = await submitAttempt(student, attemptId);
    const users = await db.user.findUniqueOrThrow({ where: { id: student.id } });
    const rowOf = (csv: string) =>
      csv
        .replace(/^\uFEFF/, "")
        .split("\r\n")
        .find((l) => l.includes(users.username!))!
        .split(",");
    const wide = rowOf((await exportClassGradebook(teacher, cls.id)).csv);
    const gradedMax = submitted.maxPoints - open.points;
    expect(wide.slice(2)).toEqual([
      "",
      "",
      `Needs grading (0/${gradedMax} graded · ${open.points} pts to grade)`,
    ]);
    const long = rowOf((await exportClassResultsLong(teacher, cls.id)).csv);
    expect(long.slice(4, 9)).toEqual([
      "0",
      String(submitted.maxPoints),
      String(open.points),
      "",
      "Needs grading (score provisional)",
    ]);
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
    expect(lines[0]).toBe(
      "Student,Username,Assignment,Due,Points,Maximum,Pending points,Percent,Status,Submitted,Late",
    );
    // Three students × two assignments, the past-due one first.
    expect(lines).toHaveLength(1 + 6);
    const cells = (s: Viewer, i: number) =>
      lines
        .slice(1 + i * 3, 4 + i * 3)
        .map((l) => l.split(","))
        .find((c) => c[1] === userOf(s).username)!;
    const doneLate = cells(done, 0);
    expect(doneLate.slice(4, 9)).toEqual([
      String(late.points),
      String(late.maxPoints),
      "0",
      String(late.percent),
      "Submitted late",
    ]);
    expect(doneLate[9]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d UTC$/);
    expect(doneLate[10]).toBe("yes");
    expect(cells(waiting, 0).slice(4)).toEqual(["", "", "", "", "Missing", "", ""]);
    // Provisional: points so far, nothing pending in this recorded attempt, and no percent, as on the page.
    expect(cells(waiting, 1).slice(4, 9)).toEqual(["4", "10", "0", "", "Needs grading (score provisional)"]);
    expect(cells(waiting, 1)[10]).toBe("no");
    expect(cells(leaver, 1)[0]).toBe(`${userOf(leaver).displayName} (left the class)`);
    expect(cells(done, 1).slice(4)).toEqual(["", "", "", "", "Not started", "", ""]);

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
