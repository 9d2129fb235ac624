import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import type { Viewer } from "../../lib/auth/viewer-types";
import { saveAnswer, startAttempt, submitAttempt } from "../../lib/attempts/mutations";
import { sealChoiceId } from "../../lib/attempts/opaque-ids";
import { getAttemptReviewOrThrow, getQuizForStudentOrThrow } from "../../lib/attempts/queries";
import { createAssignments } from "../../lib/assignments/mutations";
import { listStudentAssignments } from "../../lib/assignments/queries";
import { regradeAssignment } from "../../lib/assignments/regrade";
import { getAssignmentSettingsOrThrow } from "../../lib/assignments/settings-queries";
import { getTaughtClassOrThrow } from "../../lib/classes/access";
import { addCoTeacher, removeCoTeacher } from "../../lib/classes/co-teachers";
import { joinClass } from "../../lib/classes/mutations";
import { listStudentClasses, listTeacherClasses } from "../../lib/classes/queries";
import { getClassRoster, moveStudent, removeStudent } from "../../lib/classes/roster";
import { listRosterEvents } from "../../lib/classes/roster-log";
import { changeJoinCode, deleteClass, renameClass, setClassArchived } from "../../lib/classes/settings";
import { getAssignmentReport } from "../../lib/results/assignment-report";
import { getClassGradebook } from "../../lib/results/gradebook";
import { gradeResponse } from "../../lib/results/grade-response";
import { getResponsesToGrade } from "../../lib/results/grading-queries";
import { getLiveProgress } from "../../lib/results/live-progress";
import { getStudentReport } from "../../lib/results/student-report";
import { createClassFor, createStudent, createTeacher } from "../support/factories";
import { expectAppError } from "../support/expect-app-error";
import { expectRefusedWithoutWrites } from "../support/db-state";
import { twoClassrooms } from "../support/scenario";

/**
 * The owner's class with two students and an assignment, a verified co-teacher it is shared with, another
 * teacher's class, and a second open class of the owner's to move students to. Student 0 has submitted an attempt.
 */
async function sharedClassroom() {
  const world = await twoClassrooms(2);
  const coTeacher = await createTeacher();
  await addCoTeacher(world.teacher, world.cls.id, { email: await emailOf(coTeacher) });
  const secondClass = await createClassFor(world.teacher, "Period 4");
  const student = world.students[0]!;
  const attempt = await submitOneAttempt(student, world.assignment.id);
  return { ...world, coTeacher, secondClass, student, attempt };
}

async function emailOf(viewer: Viewer) {
  return (await db.user.findUniqueOrThrow({ where: { id: viewer.id }, select: { email: true } })).email!;
}

async function submitOneAttempt(student: Viewer, assignmentId: string) {
  const question = await db.question.findFirstOrThrow({
    where: { type: "single_choice", assignmentQuestions: { some: { assignmentId } } },
    select: { id: true, choices: { where: { correct: true }, select: { id: true } } },
  });
  const { id } = await startAttempt(student, assignmentId);
  // Saved through the quiz's own path, so the attempt is an ordinary one with a response.
  await saveAnswer(student, id, {
    questionId: question.id,
    answer: { type: "single_choice", choiceId: sealChoiceId(id, question.choices[0]!.id) },
    version: 1,
  });
  return submitAttempt(student, id);
}

/** Every attempt and response of the student, as rows, to show none was lost or changed. */
async function attemptsOf(studentId: string) {
  return db.attempt.findMany({
    where: { studentId },
    orderBy: { id: "asc" },
    select: {
      id: true,
      assignmentId: true,
      status: true,
      percent: true,
      responses: { orderBy: { id: "asc" }, select: { id: true, answer: true, points: true } },
    },
  });
}

describe("the access module", () => {
  it("gives the owner and the co-teacher their role, hides the class from another teacher, refuses students", async () => {
    const w = await sharedClassroom();
    expect((await getTaughtClassOrThrow(w.teacher, w.cls.id)).role).toBe("owner");
    expect((await getTaughtClassOrThrow(w.coTeacher, w.cls.id)).role).toBe("co-teacher");
    await expectAppError(getTaughtClassOrThrow(w.otherTeacher, w.cls.id), "not_found");
    await expectAppError(getTaughtClassOrThrow(w.student, w.cls.id), "forbidden");
    await expectAppError(getTaughtClassOrThrow(null, w.cls.id), "unauthorized");
    const listed = await listTeacherClasses(w.coTeacher);
    expect(listed.map((c) => [c.id, c.role])).toEqual([[w.cls.id, "co-teacher"]]);
  });

  it("lets a co-teacher do what a teacher does in the class: results, grading pages, assigning", async () => {
    const w = await sharedClassroom();
    const book = await getClassGradebook(w.coTeacher, w.cls.id);
    expect(book.rows).toHaveLength(2);
    expect((await getAssignmentReport(w.coTeacher, w.assignment.id)).assignment.id).toBe(w.assignment.id);
    expect((await getAssignmentSettingsOrThrow(w.coTeacher, w.assignment.id)).id).toBe(w.assignment.id);
    expect((await getLiveProgress(w.coTeacher, w.assignment.id)).students).toHaveLength(2);
    expect((await getStudentReport(w.coTeacher, w.cls.id, w.student.id)).attempts).toHaveLength(1);
    const made = await createAssignments(w.coTeacher, {
      lessonId: w.lesson.id,
      classIds: [w.cls.id],
      dueAt: new Date(Date.now() + 86_400_000),
    });
    expect(made).toHaveLength(1);
    // Another teacher sees none of it.
    await expectAppError(getClassGradebook(w.otherTeacher, w.cls.id), "not_found");
    await expectAppError(getAssignmentReport(w.otherTeacher, w.assignment.id), "not_found");
    await expectRefusedWithoutWrites(
      () =>
        createAssignments(w.otherTeacher, {
          lessonId: w.lesson.id,
          classIds: [w.cls.id],
          dueAt: new Date(Date.now() + 86_400_000),
        }),
      "not_found",
    );
  });
});

describe("co-teachers grade", () => {
  it("a co-teacher grades an open response and regrades the assignment; another teacher cannot", async () => {
    const w = await sharedClassroom();
    const question = await db.question.findFirstOrThrow({
      where: { type: "open_response", assignmentQuestions: { some: { assignmentId: w.assignment.id } } },
      select: { id: true, points: true },
    });
    const other = w.students[1]!;
    const { id } = await startAttempt(other, w.assignment.id);
    await saveAnswer(other, id, {
      questionId: question.id,
      answer: { type: "open_response", text: "Leverage matters in talks." },
      version: 1,
    });
    await submitAttempt(other, id);
    const response = await db.response.findFirstOrThrow({
      where: { attemptId: id, questionId: question.id },
      select: { id: true },
    });
    const toGrade = await getResponsesToGrade(w.coTeacher, w.assignment.id);
    expect(toGrade).toBeTruthy();
    await expectAppError(getResponsesToGrade(w.otherTeacher, w.assignment.id), "not_found");
    await expectRefusedWithoutWrites(
      () => gradeResponse(w.otherTeacher, { responseId: response.id, points: "1", comment: "" }),
      "not_found",
    );
    await gradeResponse(w.coTeacher, {
      responseId: response.id,
      points: String(question.points),
      comment: "",
    });
    expect(
      await db.gradeChange.count({ where: { responseId: response.id, changedById: w.coTeacher.id } }),
    ).toBe(1);
    await expect(regradeAssignment(w.coTeacher, w.assignment.id)).resolves.toBeTruthy();
    await expectAppError(regradeAssignment(w.otherTeacher, w.assignment.id), "not_found");
  });
});

describe("removing a student", () => {
  it("the owner ends the enrollment: the student shows as left with every attempt, and keeps their results", async () => {
    const w = await sharedClassroom();
    const before = await attemptsOf(w.student.id);
    // A second attempt allowed, so only leaving the class can take the Start button away.
    await db.assignment.update({ where: { id: w.assignment.id }, data: { attemptsAllowed: 2 } });
    expect((await getQuizForStudentOrThrow(w.student, w.assignment.id)).canStart).toBe(true);
    await removeStudent(w.teacher, w.cls.id, { studentId: w.student.id });

    const enrollment = await db.enrollment.findUniqueOrThrow({
      where: { classId_studentId: { classId: w.cls.id, studentId: w.student.id } },
    });
    expect(enrollment.endedAt).toBeInstanceOf(Date);
    expect(await attemptsOf(w.student.id)).toEqual(before);

    const roster = await getClassRoster(w.teacher, w.cls.id);
    const left = roster.students.find((s) => s.id === w.student.id)!;
    expect(left.leftAt).toBeInstanceOf(Date);
    expect(left.attempts).toBe(1);
    expect(roster.students.at(-1)!.id).toBe(w.student.id);

    const book = await getClassGradebook(w.teacher, w.cls.id);
    const row = book.rows.find((r) => r.student.id === w.student.id)!;
    expect(row.student.leftAt).not.toBeNull();
    expect(row.cells[0]!.status).toBe("submitted");
    expect(row.cells[0]!.percent).toBe(before[0]!.percent);
    expect(
      (await getLiveProgress(w.teacher, w.assignment.id)).students.find((s) => s.id === w.student.id),
    ).toMatchObject({ status: "submitted", leftAt: expect.any(String) });
    expect((await getStudentReport(w.teacher, w.cls.id, w.student.id)).student.leftAt).toBeInstanceOf(Date);

    // The student still sees their own result, and the assignment they worked on; the class leaves their list.
    expect((await getAttemptReviewOrThrow(w.student, w.attempt.id)).attempt.id).toBe(w.attempt.id);
    const mine = await listStudentAssignments(w.student);
    expect([...mine.todo, ...mine.late, ...mine.done].map((a) => a.id)).toContain(w.assignment.id);
    expect((await listStudentClasses(w.student)).map((c) => c.id)).not.toContain(w.cls.id);
    // …but starts no new work in it: the assignment's page shows the past attempt and no Start.
    const quiz = await getQuizForStudentOrThrow(w.student, w.assignment.id);
    expect(quiz).toMatchObject({ canStart: false, attempt: null, assignment: { left: true } });
    expect(quiz.submitted.map((a) => a.id)).toEqual([w.attempt.id]);
    await expectAppError(startAttempt(w.student, w.assignment.id), "not_found");

    expect((await listRosterEvents(w.teacher, w.cls.id))[0]).toMatchObject({
      what: "removed from the class",
      actor: w.teacher.displayName,
    });
  });

  it("is refused to the co-teacher (forbidden), another teacher (not found) and students, writing nothing", async () => {
    const w = await sharedClassroom();
    const input = { studentId: w.student.id };
    await expectRefusedWithoutWrites(() => removeStudent(w.coTeacher, w.cls.id, input), "forbidden");
    await expectRefusedWithoutWrites(() => removeStudent(w.otherTeacher, w.cls.id, input), "not_found");
    await expectRefusedWithoutWrites(() => removeStudent(w.student, w.cls.id, input), "forbidden");
    await expectRefusedWithoutWrites(() => removeStudent(null, w.cls.id, input), "unauthorized");
    // A student of another class, or one already gone, is not found.
    await expectRefusedWithoutWrites(
      () => removeStudent(w.teacher, w.cls.id, { studentId: w.outsider.id }),
      "not_found",
    );
  });

  it("lets a removed student join again with the code", async () => {
    const w = await sharedClassroom();
    await removeStudent(w.teacher, w.cls.id, { studentId: w.student.id });
    const { joinCode } = await db.class.findUniqueOrThrow({ where: { id: w.cls.id } });
    await joinClass(w.student, { joinCode });
    const enrollment = await db.enrollment.findUniqueOrThrow({
      where: { classId_studentId: { classId: w.cls.id, studentId: w.student.id } },
    });
    expect(enrollment.endedAt).toBeNull();
    expect((await listRosterEvents(w.teacher, w.cls.id))[0]!.what).toBe("joined with the class code");
  });
});

describe("moving a student", () => {
  it("leaves the old class and joins the new one; the old attempts stay with the old class's assignment", async () => {
    const w = await sharedClassroom();
    const before = await attemptsOf(w.student.id);
    const moved = await moveStudent(w.teacher, w.cls.id, {
      studentId: w.student.id,
      toClassId: w.secondClass.id,
    });
    expect(moved).toMatchObject({ toClassId: w.secondClass.id, toClassName: "Period 4" });
    expect(await attemptsOf(w.student.id)).toEqual(before);

    const enrollments = await db.enrollment.findMany({ where: { studentId: w.student.id } });
    expect(enrollments.find((e) => e.classId === w.cls.id)!.endedAt).toBeInstanceOf(Date);
    expect(enrollments.find((e) => e.classId === w.secondClass.id)!.endedAt).toBeNull();

    const oldBook = await getClassGradebook(w.teacher, w.cls.id);
    const oldRow = oldBook.rows.find((r) => r.student.id === w.student.id)!;
    expect(oldRow.student.leftAt).not.toBeNull();
    expect(oldRow.cells[0]!.percent).toBe(before[0]!.percent);
    const newBook = await getClassGradebook(w.teacher, w.secondClass.id);
    expect(newBook.rows.map((r) => [r.student.id, r.student.leftAt])).toEqual([[w.student.id, null]]);
    expect((await listStudentClasses(w.student)).map((c) => c.id)).toEqual([w.secondClass.id]);

    const [outEvent] = await listRosterEvents(w.teacher, w.cls.id);
    expect(outEvent).toMatchObject({ what: "moved to another class", detail: "to Period 4" });
    const [inEvent] = await listRosterEvents(w.teacher, w.secondClass.id);
    expect(inEvent!.detail).toBe(`from ${w.cls.name}`);
  });

  it("only moves to another open class of the owner's", async () => {
    const w = await sharedClassroom();
    await expectRefusedWithoutWrites(
      () => moveStudent(w.teacher, w.cls.id, { studentId: w.student.id, toClassId: w.otherClass.id }),
      "invalid",
    );
    await expectRefusedWithoutWrites(
      () => moveStudent(w.teacher, w.cls.id, { studentId: w.student.id, toClassId: w.cls.id }),
      "invalid",
    );
    await db.class.update({ where: { id: w.secondClass.id }, data: { archivedAt: new Date() } });
    await expectRefusedWithoutWrites(
      () => moveStudent(w.teacher, w.cls.id, { studentId: w.student.id, toClassId: w.secondClass.id }),
      "invalid",
    );
  });

  it("is refused to the co-teacher, another teacher and students, writing nothing", async () => {
    const w = await sharedClassroom();
    const input = { studentId: w.student.id, toClassId: w.secondClass.id };
    await expectRefusedWithoutWrites(() => moveStudent(w.coTeacher, w.cls.id, input), "forbidden");
    await expectRefusedWithoutWrites(() => moveStudent(w.otherTeacher, w.cls.id, input), "not_found");
    await expectRefusedWithoutWrites(() => moveStudent(w.student, w.cls.id, input), "forbidden");
  });
});

describe("class settings", () => {
  it("the owner renames, archives and restores the class; archived classes leave the list and keep results", async () => {
    const w = await sharedClassroom();
    await renameClass(w.teacher, w.cls.id, { name: "  Period 2 · Civics " });
    expect((await db.class.findUniqueOrThrow({ where: { id: w.cls.id } })).name).toBe("Period 2 · Civics");

    await setClassArchived(w.teacher, w.cls.id, true);
    expect((await listTeacherClasses(w.teacher)).map((c) => c.id)).not.toContain(w.cls.id);
    expect((await listTeacherClasses(w.teacher, { archived: true })).map((c) => c.id)).toEqual([w.cls.id]);
    expect((await listTeacherClasses(w.coTeacher)).map((c) => c.id)).toEqual([]);
    const book = await getClassGradebook(w.teacher, w.cls.id);
    expect(book.rows.find((r) => r.student.id === w.student.id)!.cells[0]!.status).toBe("submitted");
    expect((await getAttemptReviewOrThrow(w.student, w.attempt.id)).attempt.id).toBe(w.attempt.id);

    await setClassArchived(w.teacher, w.cls.id, false);
    expect((await listTeacherClasses(w.teacher)).map((c) => c.id)).toContain(w.cls.id);
    expect((await listRosterEvents(w.teacher, w.cls.id)).map((e) => e.what).slice(0, 3)).toEqual([
      "class restored from the archive",
      "class archived",
      "class renamed",
    ]);
  });

  it("makes a new join code or turns joining off; a class with no code cannot be joined", async () => {
    const w = await sharedClassroom();
    const old = w.cls.joinCode;
    const { joinCode } = await changeJoinCode(w.teacher, w.cls.id, false);
    expect(joinCode).toMatch(/^[A-Z0-9]{6}$/);
    expect(joinCode).not.toBe(old);
    const newcomer = await createStudent();
    await expectAppError(joinClass(newcomer, { joinCode: old }), "invalid");
    await changeJoinCode(w.teacher, w.cls.id, true);
    expect((await db.class.findUniqueOrThrow({ where: { id: w.cls.id } })).joinCode).toBeNull();
    await expectAppError(joinClass(newcomer, { joinCode: joinCode! }), "invalid");
    expect((await getTaughtClassOrThrow(w.coTeacher, w.cls.id)).joinCode).toBeNull();
  });

  it("deletes only an empty class, once its name is typed", async () => {
    const w = await sharedClassroom();
    await expectRefusedWithoutWrites(
      () => deleteClass(w.teacher, w.cls.id, { confirmName: w.cls.name }),
      "conflict",
    );
    await expectRefusedWithoutWrites(
      () => deleteClass(w.teacher, w.secondClass.id, { confirmName: "period 4" }),
      "invalid",
    );
    await deleteClass(w.teacher, w.secondClass.id, { confirmName: "Period 4" });
    expect(await db.class.count({ where: { id: w.secondClass.id } })).toBe(0);
    // A class whose students all left is not empty: their results would go with it.
    const emptied = await createClassFor(w.teacher, "Emptied");
    const s = await createStudent(emptied.id);
    await removeStudent(w.teacher, emptied.id, { studentId: s.id });
    await expectRefusedWithoutWrites(
      () => deleteClass(w.teacher, emptied.id, { confirmName: "Emptied" }),
      "conflict",
    );
  });

  it.each([
    ["the co-teacher", "coTeacher", "forbidden"],
    ["another teacher", "otherTeacher", "not_found"],
    ["a student", "student", "forbidden"],
  ] as const)("refuses %s every setting, writing nothing", async (_label, who, code) => {
    const w = await sharedClassroom();
    const viewer = w[who];
    const empty = await createClassFor(w.teacher, "Empty");
    if (who === "coTeacher") await addCoTeacher(w.teacher, empty.id, { email: await emailOf(w.coTeacher) });
    await expectRefusedWithoutWrites(() => renameClass(viewer, w.cls.id, { name: "Mine" }), code);
    await expectRefusedWithoutWrites(() => setClassArchived(viewer, w.cls.id, true), code);
    await expectRefusedWithoutWrites(() => changeJoinCode(viewer, w.cls.id, false), code);
    await expectRefusedWithoutWrites(() => changeJoinCode(viewer, w.cls.id, true), code);
    await expectRefusedWithoutWrites(() => deleteClass(viewer, empty.id, { confirmName: "Empty" }), code);
  });
});

describe("co-teachers", () => {
  it("only verified teachers can be added, once; removing one ends their access", async () => {
    const w = await sharedClassroom();
    const waiting = await createTeacher({ approved: false });
    await expectRefusedWithoutWrites(
      () => addCoTeacher(w.teacher, w.cls.id, { email: "nobody@school.test" }),
      "invalid",
    );
    const waitingEmail = await emailOf(waiting);
    await expectRefusedWithoutWrites(
      () => addCoTeacher(w.teacher, w.cls.id, { email: waitingEmail }),
      "invalid",
    );
    const coEmail = (await emailOf(w.coTeacher)).toUpperCase();
    await expectRefusedWithoutWrites(() => addCoTeacher(w.teacher, w.cls.id, { email: coEmail }), "conflict");
    await expectRefusedWithoutWrites(
      () => addCoTeacher(w.teacher, w.cls.id, { email: w.student.id }),
      "invalid",
    );

    const roster = await getClassRoster(w.teacher, w.cls.id);
    expect(roster.coTeachers.map((t) => t.id)).toEqual([w.coTeacher.id]);
    await removeCoTeacher(w.teacher, w.cls.id, { teacherId: w.coTeacher.id });
    await expectAppError(getClassGradebook(w.coTeacher, w.cls.id), "not_found");
    await expectAppError(getAssignmentReport(w.coTeacher, w.assignment.id), "not_found");
    expect((await listRosterEvents(w.teacher, w.cls.id)).map((e) => e.what).slice(0, 2)).toEqual([
      "co-teacher removed",
      "co-teacher added",
    ]);
  });

  it("two removals of one co-teacher at once: one removes, the other is told the co-teacher is gone", async () => {
    const w = await sharedClassroom();
    const ref = { teacherId: w.coTeacher.id };
    const results = await Promise.allSettled([
      removeCoTeacher(w.teacher, w.cls.id, ref),
      removeCoTeacher(w.teacher, w.cls.id, ref),
      removeCoTeacher(w.teacher, w.cls.id, ref),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) {
      if (r.status === "rejected") expect(r.reason).toMatchObject({ name: "AppError", code: "not_found" });
    }
    const removals = (await listRosterEvents(w.teacher, w.cls.id)).filter(
      (e) => e.what === "co-teacher removed",
    );
    expect(removals).toHaveLength(1);
  });

  it("only the owner adds or removes co-teachers", async () => {
    const w = await sharedClassroom();
    const third = await createTeacher();
    const email = await emailOf(third);
    await expectRefusedWithoutWrites(() => addCoTeacher(w.coTeacher, w.cls.id, { email }), "forbidden");
    await expectRefusedWithoutWrites(() => addCoTeacher(w.otherTeacher, w.cls.id, { email }), "not_found");
    await expectRefusedWithoutWrites(() => addCoTeacher(w.student, w.cls.id, { email }), "forbidden");
    const ref = { teacherId: w.coTeacher.id };
    await expectRefusedWithoutWrites(() => removeCoTeacher(w.coTeacher, w.cls.id, ref), "forbidden");
    await expectRefusedWithoutWrites(() => removeCoTeacher(w.otherTeacher, w.cls.id, ref), "not_found");
    await expectRefusedWithoutWrites(() => removeCoTeacher(w.student, w.cls.id, ref), "forbidden");
  });

  it("the roster, and its log, are for the class's teachers only", async () => {
    const w = await sharedClassroom();
    expect((await getClassRoster(w.coTeacher, w.cls.id)).role).toBe("co-teacher");
    expect((await getClassRoster(w.coTeacher, w.cls.id)).otherClasses).toEqual([]);
    expect((await getClassRoster(w.teacher, w.cls.id)).otherClasses.map((c) => c.id)).toEqual([
      w.secondClass.id,
    ]);
    await expectAppError(getClassRoster(w.otherTeacher, w.cls.id), "not_found");
    await expectAppError(getClassRoster(w.student, w.cls.id), "forbidden");
    await expectAppError(listRosterEvents(w.otherTeacher, w.cls.id), "not_found");
    await expectAppError(listRosterEvents(w.student, w.cls.id), "forbidden");
  });
});
